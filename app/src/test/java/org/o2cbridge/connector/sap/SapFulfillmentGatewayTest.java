package org.o2cbridge.connector.sap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.fulfillment.Fulfillment;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SapFulfillmentGatewayTest {

    /** An outbound delivery as API_OUTBOUND_DELIVERY_SRV;v=0002 answers it in a v2 collection, items expanded. */
    private static final String DELIVERY = """
            {"__metadata":{"id":"https://host/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002/A_OutbDeliveryHeader('80000017')",
              "type":"API_OUTBOUND_DELIVERY_SRV.A_OutbDeliveryHeaderType"},
             "DeliveryDocument":"80000017","LastChangeDate":"/Date(1772409600000)/",
             "ActualGoodsMovementDate":"/Date(1772323200000)/","OverallGoodsMovementStatus":"C",
             "BillOfLading":"1Z999AA10123456784",
             "to_DeliveryDocumentItem":{"results":[
               {"__metadata":{"type":"API_OUTBOUND_DELIVERY_SRV.A_OutbDeliveryItemType"},
                "DeliveryDocument":"80000017","DeliveryDocumentItem":"000010","ReferenceSDDocument":"4000043"},
               {"DeliveryDocument":"80000017","DeliveryDocumentItem":"000020","ReferenceSDDocument":"4000043"},
               {"DeliveryDocument":"80000017","DeliveryDocumentItem":"000030","ReferenceSDDocument":"4000044"}]}}
            """;

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aDeliveryWithGoodsIssuePostedIsAShipmentOfItsItemsSalesOrder() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Fulfillment fulfillment = SapFulfillmentGateway.fulfillment(json(DELIVERY), berlin, null);

        assertEquals("80000017", fulfillment.erpId());
        assertEquals("80000017", fulfillment.number());
        assertEquals("4000043", fulfillment.erpOrderId(), "the first item's sales order");
        assertEquals(LocalDate.parse("2026-03-01"), fulfillment.shipDate());
        assertEquals("Shipped", fulfillment.status());
        assertEquals(List.of("1Z999AA10123456784"), fulfillment.trackingNumbers());
        assertEquals(LocalDate.parse("2026-03-02").atStartOfDay(berlin).toInstant(), fulfillment.lastModified(),
                "the change date's start in SAP's time zone");
        assertEquals(List.of("4000043", "4000044"), SapFulfillmentGateway.orders(json(DELIVERY)));
        assertEquals("4000044", SapFulfillmentGateway.fulfillment(json(DELIVERY), berlin, "4000044").erpOrderId());
    }

    @Test
    void aDeliveryWithoutBillOfLadingOrItemsHasNoTrackingNumberAndNoOrder() {
        Fulfillment fulfillment = SapFulfillmentGateway.fulfillment(json("""
                {"DeliveryDocument":"80000018","LastChangeDate":null,"ActualGoodsMovementDate":null,
                 "OverallGoodsMovementStatus":"C","BillOfLading":"","to_DeliveryDocumentItem":{"results":[]}}
                """), ZoneOffset.UTC, null);

        assertEquals(List.of(), fulfillment.trackingNumbers());
        assertNull(fulfillment.erpOrderId());
        assertNull(fulfillment.shipDate());
        assertEquals(Instant.EPOCH, fulfillment.lastModified());
    }

    @Test
    void theChangeQueryAsksFromTheWatermarksDayInSapsZoneOldestFirstAPageAtATime() {
        String query = URLDecoder.decode(SapFulfillmentGateway.changedQuery(Instant.parse("2026-03-01T23:30:00Z"),
                ZoneId.of("Europe/Berlin"), 400, 200), StandardCharsets.UTF_8);

        assertTrue(query.startsWith("A_OutbDeliveryHeader?$filter=OverallGoodsMovementStatus eq 'C' and "
                + "LastChangeDate ge datetime'2026-03-02T00:00:00'&$orderby=LastChangeDate,DeliveryDocument"
                + "&$top=200&$skip=400&$inlinecount=allpages"), query);
        assertTrue(query.contains("$expand=to_DeliveryDocumentItem"), query);
    }

    @Test
    void anOrdersDeliveriesAreFoundThroughTheirItemsThenReadWithGoodsIssuePosted() {
        assertEquals("A_OutbDeliveryItem?$filter=ReferenceSDDocument eq '4000043' or ReferenceSDDocument eq 'O''1'"
                + "&$select=DeliveryDocument,ReferenceSDDocument", URLDecoder.decode(
                SapFulfillmentGateway.itemsQuery(List.of("4000043", "O'1")), StandardCharsets.UTF_8));
        assertTrue(URLDecoder.decode(SapFulfillmentGateway.headersQuery(List.of("80000017", "80000018")),
                StandardCharsets.UTF_8).startsWith("A_OutbDeliveryHeader?$filter=(DeliveryDocument eq '80000017' or "
                + "DeliveryDocument eq '80000018') and OverallGoodsMovementStatus eq 'C'"));
    }
}
