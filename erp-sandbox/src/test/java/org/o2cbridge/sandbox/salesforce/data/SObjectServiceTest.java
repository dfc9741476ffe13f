package org.o2cbridge.sandbox.salesforce.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.salesforce.IdSequence;

class SObjectServiceTest {

    private static final URI ORIGIN = URI.create("http://localhost:8080");

    private final SalesforceOrg org = new SalesforceOrg(
            Clock.fixed(Instant.parse("2026-11-20T09:15:00Z"), ZoneOffset.UTC), IdSequence.startingNow());
    private final RecordingActivations activations = new RecordingActivations();
    private final SObjectService records = new SObjectService(org, activations);
    private final String accountId = org.insert(SObjectType.ACCOUNT, Map.of("Name", "Acme")).id();
    private final String orderId = org.insert(SObjectType.ORDER, Map.of("AccountId", accountId,
            "EffectiveDate", LocalDate.parse("2026-11-20"), "CurrencyIsoCode", "USD")).id();

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private SalesforceApiException refusal(String type, String id, String body) {
        return assertThrows(SalesforceApiException.class, () -> records.patch(type, id, json(body), ORIGIN));
    }

    @Test
    void patchingStatusToActivatedPublishesOneActivationAndMarksTheOrderPending() {
        records.patch("Order", orderId, json("{\"Status\":\"Activated\"}"), ORIGIN);

        assertEquals(List.of(new OrderActivated(orderId, ORIGIN)), activations.fired);
        assertEquals("Pending", records.get("Order", orderId).text("ERP_Sync_Status__c"));
    }

    @Test
    void patchingAnAlreadyActivatedOrderPublishesNothingMore() {
        records.patch("Order", orderId, json("{\"Status\":\"Activated\"}"), ORIGIN);
        records.patch("Order", orderId, json("{\"Status\":\"Activated\",\"PoNumber\":\"PO-2\"}"), ORIGIN);
        records.patch("Order", orderId, json("{\"ERP_Sync_Status__c\":\"Synced\",\"ERP_Order_Number__c\":\"SO-1\"}"), ORIGIN);

        assertEquals(1, activations.fired.size());
        assertEquals("Synced", records.get("Order", orderId).text("ERP_Sync_Status__c"));
    }

    @Test
    void patchingOtherFieldsOfADraftOrderPublishesNothing() {
        records.patch("order", orderId.toLowerCase(), json("{\"ponumber\":\"PO-7\"}"), ORIGIN);

        assertTrue(activations.fired.isEmpty());
        assertEquals("PO-7", records.get("Order", orderId).text("PoNumber"));
    }

    @Test
    void everyUpdateMovesLastModifiedDateForward() {
        Instant created = records.get("Order", orderId).lastModifiedDate();
        records.patch("Order", orderId, json("{\"PoNumber\":\"PO-1\"}"), ORIGIN);
        Instant first = records.get("Order", orderId).lastModifiedDate();
        records.patch("Order", orderId, json("{\"PoNumber\":\"PO-2\"}"), ORIGIN);

        assertTrue(first.isAfter(created));
        assertTrue(records.get("Order", orderId).lastModifiedDate().isAfter(first));
    }

    @Test
    void anUnknownFieldIsRefusedLikeSalesforceDoes() {
        SalesforceApiException e = refusal("Order", orderId, "{\"Foo__c\":1}");
        assertEquals(400, e.status());
        assertEquals("INVALID_FIELD", e.errorCode());
        assertEquals("No such column 'Foo__c' on sobject of type Order", e.getMessage());
    }

    @Test
    void anUnknownRecordOrObjectIsNotFound() {
        assertEquals(404, refusal("Order", "801Sb0000000000AAA", "{}").status());
        assertEquals("NOT_FOUND", refusal("Opportunity", orderId, "{}").errorCode());
        assertEquals("NOT_FOUND", refusal("Account", orderId, "{}").errorCode());
    }

    @Test
    void readOnlyFieldsWrongValuesAndDanglingLookupsAreRefused() {
        assertEquals("INVALID_FIELD_FOR_INSERT_UPDATE", refusal("Order", orderId, "{\"OrderNumber\":\"1\"}").errorCode());
        assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", refusal("Order", orderId, "{\"Status\":\"Shipped\"}").errorCode());
        assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", refusal("Order", orderId, "{\"ERP_Sync_Status__c\":\"Done\"}").errorCode());
        assertEquals("JSON_PARSER_ERROR", refusal("Order", orderId, "{\"ERP_Ship_Date__c\":\"tomorrow\"}").errorCode());
        assertEquals("STRING_TOO_LONG", refusal("Order", orderId, "{\"CurrencyIsoCode\":\"DOLLAR\"}").errorCode());
        assertEquals("REQUIRED_FIELD_MISSING", refusal("Order", orderId, "{\"EffectiveDate\":null}").errorCode());
        assertEquals("MALFORMED_ID", refusal("Order", orderId, "{\"AccountId\":\"" + orderId + "\"}").errorCode());
        assertEquals("INVALID_CROSS_REFERENCE_KEY", refusal("Order", orderId, "{\"AccountId\":\"001Sb0000000000AAA\"}").errorCode());
    }

    @Test
    void aRefusedPatchChangesNoFieldAtAll() {
        refusal("Order", orderId, "{\"PoNumber\":\"PO-9\",\"Status\":\"Shipped\"}");
        assertEquals(null, records.get("Order", orderId).text("PoNumber"));
        assertTrue(activations.fired.isEmpty());
    }

    @Test
    void theRestJsonHasAttributesAndSalesforceDateTimes() {
        JsonObject json = SObjectJson.toRestJson(records.get("Order", orderId), "v62.0");
        assertEquals("Order", json.getJsonObject("attributes").getString("type"));
        assertEquals("/services/data/v62.0/sobjects/Order/" + orderId, json.getJsonObject("attributes").getString("url"));
        assertEquals("2026-11-20T09:15:00.000+0000", json.getString("LastModifiedDate"));
        assertEquals("00000001", json.getString("OrderNumber"));
        assertTrue(json.isNull("ERP_Sync_Status__c"));
    }

    @Test
    void numbersArriveAsDecimals() {
        String itemId = org.insert(SObjectType.ORDER_ITEM, Map.of("OrderId", orderId, "ProductCode", "WID-100",
                "Quantity", BigDecimal.ONE, "UnitPrice", BigDecimal.TEN, "Unit_of_Measure__c", "EA")).id();
        records.patch("OrderItem", itemId, json("{\"Quantity\":2.5}"), ORIGIN);
        assertEquals(new BigDecimal("2.5"), records.get("OrderItem", itemId).number("Quantity"));
    }

    /** Collects what would be published to CDI observers. */
}
