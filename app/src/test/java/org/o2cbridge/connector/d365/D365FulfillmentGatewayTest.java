package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.fulfillment.Fulfillment;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class D365FulfillmentGatewayTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aPostedPackingSlipIsAShipmentOfItsCompanysSalesOrder() {
        Fulfillment fulfillment = D365FulfillmentGateway.fulfillment(json("""
                {"@odata.etag":"W/\\"JzEsNTYzNzE0NDU3Nyc=\\"","dataAreaId":"usmf","PackingSlipId":"PS-000123",
                 "SalesOrderNumber":"000042","DeliveryDate":"2026-03-02T12:00:00Z",
                 "ModifiedDateTime":"2026-03-02T14:05:09Z","TrackingNumbers":"1ZA; 1ZB"}
                """));

        assertEquals("usmf:PS-000123", fulfillment.erpId());
        assertEquals("PS-000123", fulfillment.number());
        assertEquals("usmf:000042", fulfillment.erpOrderId(), "the order's id as the order sync records it");
        assertEquals(LocalDate.parse("2026-03-02"), fulfillment.shipDate());
        assertEquals("Shipped", fulfillment.status());
        assertEquals(List.of("1ZA", "1ZB"), fulfillment.trackingNumbers());
        assertEquals(Instant.parse("2026-03-02T14:05:09Z"), fulfillment.lastModified());
    }

    @Test
    void fAndOsEmptyDateIsNoShipDate() {
        Fulfillment fulfillment = D365FulfillmentGateway.fulfillment(json("""
                {"dataAreaId":"usmf","PackingSlipId":"PS-1","SalesOrderNumber":"000042",
                 "DeliveryDate":"1900-01-01T12:00:00Z","ModifiedDateTime":"2026-03-02T14:05:09Z","TrackingNumbers":""}
                """));

        assertNull(fulfillment.shipDate());
        assertEquals(List.of(), fulfillment.trackingNumbers());
    }

    @Test
    void queriesReadEveryCompanyOldestChangeFirstAndAnOrderByItsCompanyAndNumber() {
        assertEquals("CustomerPackingSlipJournalHeaders?cross-company=true&$filter=ModifiedDateTime gt "
                        + "2026-03-01T00:00:00Z&$orderby=ModifiedDateTime,dataAreaId,PackingSlipId&$top=500&$skip=1000"
                        + "&$count=true&$select=dataAreaId,PackingSlipId,SalesOrderNumber,DeliveryDate,ModifiedDateTime,"
                        + "TrackingNumbers",
                URLDecoder.decode(D365FulfillmentGateway.changedQuery("CustomerPackingSlipJournalHeaders",
                        Instant.parse("2026-03-01T00:00:00Z"), 1000, 500), StandardCharsets.UTF_8));
        assertEquals("X?cross-company=true&$filter=(dataAreaId eq 'usmf' and SalesOrderNumber eq '000042') or "
                        + "(dataAreaId eq 'demf' and SalesOrderNumber eq '000007')&$orderby=dataAreaId,PackingSlipId"
                        + "&$select=dataAreaId,PackingSlipId,SalesOrderNumber,DeliveryDate,ModifiedDateTime,TrackingNumbers",
                URLDecoder.decode(D365FulfillmentGateway.ofOrdersQuery("X", List.of("usmf:000042", "demf:000007")),
                        StandardCharsets.UTF_8));
    }
}
