package org.o2cbridge.connector.sap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.catalog.ErpItem;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SapCatalogGatewayTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aProductIsItsNumberItsEnglishDescriptionAndNotMarkedForDeletion() {
        ErpItem item = SapCatalogGateway.item(json("""
                {"__metadata":{"type":"API_PRODUCT_SRV.A_ProductType"},"Product":"WID-300","IsMarkedForDeletion":false,
                 "LastChangeDateTime":"/Date(1772461509000+0000)/",
                 "to_Description":{"results":[
                   {"Product":"WID-300","Language":"DE","ProductDescription":"Widget 300 (de)"},
                   {"Product":"WID-300","Language":"EN","ProductDescription":"Widget 300"}]}}
                """));

        assertEquals("WID-300", item.erpId());
        assertEquals("WID-300", item.itemId());
        assertEquals("Widget 300", item.displayName());
        assertFalse(item.inactive());
        assertNull(item.basePrice());
        assertNull(item.quantityAvailable(), "the product master has no availability");
        assertEquals(Instant.ofEpochMilli(1772461509000L), item.lastModified());
    }

    @Test
    void aProductMarkedForDeletionIsInactive() {
        assertTrue(SapCatalogGateway.item(json("""
                {"Product":"OLD-1","IsMarkedForDeletion":true,"LastChangeDateTime":"/Date(1772461509000+0000)/",
                 "to_Description":{"results":[]}}
                """)).inactive());
    }

    @Test
    void theQueryAsksForChangesAfterTheWatermarkOldestFirstAPageAtATime() {
        String query = URLDecoder.decode(SapCatalogGateway.query(Instant.parse("2026-03-01T10:00:00Z"), 200, 100),
                StandardCharsets.UTF_8);
        assertTrue(query.startsWith("A_Product?$filter=LastChangeDateTime gt datetimeoffset'2026-03-01T10:00:00Z'"
                + "&$orderby=LastChangeDateTime,Product&$top=100&$skip=200&$inlinecount=allpages"), query);
        assertTrue(query.endsWith("&$expand=to_Description"), query);
    }
}
