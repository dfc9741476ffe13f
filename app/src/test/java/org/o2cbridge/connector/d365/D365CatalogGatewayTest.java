package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.o2cbridge.catalog.ErpItem;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class D365CatalogGatewayTest {

    @Test
    void aReleasedProductIsItsItemNumberNameAndSalesPriceInTheLegalEntitysCurrency() {
        ErpItem item = D365CatalogGateway.item(Json.createReader(new StringReader("""
                {"@odata.etag":"W/\\"JzEsNTYzNzE0NDU3Nyc=\\"","dataAreaId":"usmf","ItemNumber":"D0001",
                 "ProductName":"MidRangeSpeaker2","SalesPrice":129.5}
                """)).readObject(), "USD");

        assertEquals("D0001", item.erpId());
        assertEquals("D0001", item.itemId());
        assertEquals("MidRangeSpeaker2", item.displayName());
        assertFalse(item.inactive());
        assertNull(item.quantityAvailable());
        assertEquals(0, new BigDecimal("129.5").compareTo(item.basePrice()));
        assertEquals("USD", item.currency());
        assertEquals(Instant.EPOCH, item.lastModified(), "no change time: the watermark stays");
    }

    @Test
    void aSalesPriceOfZeroIsNoPrice() {
        ErpItem item = D365CatalogGateway.item(Json.createObjectBuilder().add("ItemNumber", "D0002")
                .add("ProductName", "Cable").add("SalesPrice", 0).build(), "USD");

        assertNull(item.basePrice());
        assertNull(item.currency());
    }

    @Test
    void everyPageOfTheDefaultCompanyInItemOrder() {
        assertEquals("ReleasedProductsV2?$select=ItemNumber,ProductName,SalesPrice&$orderby=ItemNumber&$top=500&$skip=1000"
                + "&$count=true", D365CatalogGateway.query(1000, 500));
    }
}
