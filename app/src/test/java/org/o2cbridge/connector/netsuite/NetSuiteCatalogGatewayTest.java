package org.o2cbridge.connector.netsuite;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.o2cbridge.catalog.ErpItem;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetSuiteCatalogGatewayTest {

    @Test
    void theQueryAsksForItemsChangedAfterTheWatermarkInChangeThenIdOrder() {
        String query = NetSuiteCatalogGateway.query(Instant.parse("2026-11-20T09:15:00Z"));

        assertTrue(query.contains("FROM item WHERE lastmodifieddate > "
                + "TO_TIMESTAMP('2026-11-20 09:15:00', 'YYYY-MM-DD HH24:MI:SS') ORDER BY lastmodifieddate, id"), query);
    }

    @Test
    void aRowBecomesAnItemWithTheInactiveFlagReadFromTAndAbsentColumnsNull() {
        ErpItem item = NetSuiteCatalogGateway.item(Json.createObjectBuilder().add("id", "17").add("itemid", "WID-100")
                .add("displayname", "Widget").add("isinactive", "T").add("baseprice", "12.50")
                .add("lastmodifieddate", "2026-11-20T09:15:00Z").build(), "USD");

        assertEquals(new ErpItem("17", "WID-100", "Widget", null, true, new BigDecimal("12.50"), "USD", null,
                Instant.parse("2026-11-20T09:15:00Z")), item);
        assertNull(item.quantityAvailable());
    }
}
