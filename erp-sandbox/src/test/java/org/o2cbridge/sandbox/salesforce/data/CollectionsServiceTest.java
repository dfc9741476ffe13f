package org.o2cbridge.sandbox.salesforce.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.salesforce.IdSequence;

class CollectionsServiceTest {

    private static final URI ORIGIN = URI.create("http://localhost:8080");

    private final SalesforceOrg org = new SalesforceOrg(Clock.systemUTC(), IdSequence.startingNow());
    private final RecordingActivations activations = new RecordingActivations();
    private final CollectionsService collections = new CollectionsService(new SObjectService(org, activations), org);
    private final String accountId = org.insert(SObjectType.ACCOUNT, Map.of("Name", "Acme")).id();
    private final String firstOrder = newOrder();
    private final String secondOrder = newOrder();

    private String newOrder() {
        return org.insert(SObjectType.ORDER, Map.of("AccountId", accountId,
                "EffectiveDate", LocalDate.parse("2026-11-20"), "CurrencyIsoCode", "USD")).id();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static String writeBack(String orderId, String number) {
        return "{'attributes':{'type':'Order'},'id':'" + orderId + "','ERP_Order_Number__c':'" + number
                + "','ERP_Status__c':'Pending Fulfillment','ERP_Sync_Status__c':'Synced'}";
    }

    private JsonArray update(boolean allOrNone, String... records) {
        return collections.update(json("{'allOrNone':" + allOrNone + ",'records':[" + String.join(",", records) + "]}"), ORIGIN);
    }

    private JsonObject error(JsonArray results, int index) {
        JsonObject result = results.getJsonObject(index);
        assertFalse(result.getBoolean("success"));
        return result.getJsonArray("errors").getJsonObject(0);
    }

    @Test
    void updatesEveryValidRecordAndReportsEachFailureInInputOrder() {
        String unknownId = new IdSequence(7).next("801");

        JsonArray results = update(false, writeBack(firstOrder, "SO1001"),
                "{'attributes':{'type':'Order'},'id':'" + secondOrder + "','No_Such__c':'x'}",
                writeBack(unknownId, "SO1003"),
                "{'attributes':{'type':'Order'},'ERP_Order_Number__c':'SO1004'}",
                "{'id':'" + secondOrder + "','ERP_Order_Number__c':'SO1005'}",
                "{'attributes':{'type':'Order'},'id':'" + accountId + "','ERP_Order_Number__c':'SO1006'}");

        assertEquals(json("{'id':'" + firstOrder + "','success':true,'errors':[]}"), results.getJsonObject(0));
        assertEquals("INVALID_FIELD", error(results, 1).getString("statusCode"));
        assertEquals("ENTITY_IS_DELETED", error(results, 2).getString("statusCode"));
        assertEquals("MISSING_ARGUMENT", error(results, 3).getString("statusCode"));
        assertEquals("INVALID_TYPE", error(results, 4).getString("statusCode"));
        assertEquals("MALFORMED_ID", error(results, 5).getString("statusCode"));
        assertFalse(error(results, 1).containsKey("errorCode"), "SaveResult errors use statusCode");
        assertEquals("SO1001", org.find(SObjectType.ORDER, firstOrder).orElseThrow().text("ERP_Order_Number__c"));
        assertNull(org.find(SObjectType.ORDER, secondOrder).orElseThrow().text("ERP_Order_Number__c"));
    }

    @Test
    void allOrNoneWritesNothingWhenOneRecordFailsAndSaysTheOthersWereRolledBack() {
        JsonArray results = update(true, writeBack(firstOrder, "SO1001"),
                "{'attributes':{'type':'Order'},'id':'" + secondOrder + "','ERP_Sync_Status__c':'Done'}");

        assertEquals("ALL_OR_NONE_OPERATION_ROLLED_BACK", error(results, 0).getString("statusCode"));
        assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", error(results, 1).getString("statusCode"));
        assertEquals(List.of("ERP_Sync_Status__c"), error(results, 1).getJsonArray("fields").getValuesAs(
                JsonString::getString));
        assertNull(org.find(SObjectType.ORDER, firstOrder).orElseThrow().text("ERP_Order_Number__c"));
    }

    @Test
    void allOrNoneWritesEverythingWhenAllRecordsAreValid() {
        JsonArray results = update(true, writeBack(firstOrder, "SO1001"), writeBack(secondOrder, "SO1002"));

        assertTrue(results.getJsonObject(0).getBoolean("success") && results.getJsonObject(1).getBoolean("success"));
        assertEquals("Synced", org.find(SObjectType.ORDER, secondOrder).orElseThrow().text("ERP_Sync_Status__c"));
    }

    @Test
    void twoHundredRecordsAreAcceptedAndTwoHundredAndOneRefusedAsAWhole() {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (int i = 0; i < 200; i++) {
            records.add(json(writeBack(i % 2 == 0 ? firstOrder : secondOrder, "SO" + i)));
        }
        JsonArray twoHundred = records.build();
        JsonArray twoHundredAndOne = Json.createArrayBuilder(twoHundred).add(json(writeBack(firstOrder, "SO-X"))).build();

        assertEquals(200, collections.update(Json.createObjectBuilder().add("records", twoHundred).build(), ORIGIN).size());
        SalesforceApiException refusal = assertThrows(SalesforceApiException.class, () -> collections.update(
                Json.createObjectBuilder().add("records", twoHundredAndOne).build(), ORIGIN));
        assertEquals(400, refusal.status());
        assertEquals("EXCEEDED_ID_LIMIT", refusal.errorCode());
        assertEquals("SO198", org.find(SObjectType.ORDER, firstOrder).orElseThrow().text("ERP_Order_Number__c"));
    }

    @Test
    void activatingAnOrderThroughCollectionsStartsItsOrderEvent() {
        update(false, "{'attributes':{'type':'Order'},'id':'" + firstOrder + "','Status':'Activated'}");

        assertEquals(List.of(new OrderActivated(firstOrder, ORIGIN)), activations.fired);
    }

    @Test
    void createAddsRecordsAndRefusesAnIdOrAMissingRequiredField() {
        JsonArray results = collections.create(json("{'records':["
                + "{'attributes':{'type':'Account'},'Name':'Globex'},"
                + "{'attributes':{'type':'Account'},'id':'" + accountId + "','Name':'Again'},"
                + "{'attributes':{'type':'Order'},'AccountId':'" + accountId + "'}]}"), ORIGIN);

        String created = results.getJsonObject(0).getString("id");
        assertEquals("Globex", org.find(SObjectType.ACCOUNT, created).orElseThrow().text("Name"));
        assertEquals("INVALID_FIELD_FOR_INSERT_UPDATE", error(results, 1).getString("statusCode"));
        assertEquals("REQUIRED_FIELD_MISSING", error(results, 2).getString("statusCode"));
    }
}
