package org.o2cbridge.connector.salesforce;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.o2cbridge.connector.RejectedCallException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of an sObject Collections update of orders ({@code PATCH /composite/sobjects}): the
 * request with {@code allOrNone:false}, so each order stands alone, and the reading of its answer,
 * one SaveResult per record in input order. Per-record errors carry {@code statusCode} (not
 * {@code errorCode}, as whole-call errors do).
 */
final class OrderCollectionsJson {

    static final int MAX_SYNC_ERROR = 255;

    private OrderCollectionsJson() {
    }

    static String request(List<OrderWriteBack> batch) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (OrderWriteBack writeBack : batch) {
            records.add(record(writeBack));
        }
        return Json.createObjectBuilder().add("allOrNone", false).add("records", records).build().toString();
    }

    private static JsonObjectBuilder record(OrderWriteBack writeBack) {
        JsonObjectBuilder record = Json.createObjectBuilder()
                .add("attributes", Json.createObjectBuilder().add("type", "Order"))
                .add("id", writeBack.sfOrderId());
        if (writeBack.erpOrderNumber() != null) {
            record.add("ERP_Order_Number__c", writeBack.erpOrderNumber());
        }
        if (writeBack.erpStatus() != null) {
            record.add("ERP_Status__c", writeBack.erpStatus());
        }
        record.add("ERP_Sync_Status__c", writeBack.syncStatus());
        String error = cut(writeBack.syncError());
        return error == null ? record.addNull("ERP_Sync_Error__c") : record.add("ERP_Sync_Error__c", error);
    }

    /** The text cut to the field's length, never in the middle of a surrogate pair. */
    static String cut(String text) {
        if (text == null || text.length() <= MAX_SYNC_ERROR) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_SYNC_ERROR - 1)) ? MAX_SYNC_ERROR - 1 : MAX_SYNC_ERROR;
        return text.substring(0, end);
    }

    /** One result per write-back, matched by position; an answer of another shape is rejected. */
    static List<WriteBackResult> results(List<OrderWriteBack> batch, String body) {
        JsonArray saveResults = results(body, batch.size(), "order write-back");
        List<WriteBackResult> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            results.add(result(batch.get(i).sfOrderId(), saveResults.getJsonObject(i)));
        }
        return results;
    }

    private static WriteBackResult result(String sfOrderId, JsonObject saveResult) {
        if (saveResult.getBoolean("success", false)) {
            return WriteBackResult.succeeded(sfOrderId);
        }
        JsonArray errors = saveResult.get("errors") instanceof JsonArray array
                ? array : JsonValue.EMPTY_JSON_ARRAY;
        if (errors.isEmpty() || !(errors.get(0) instanceof JsonObject first)) {
            return new WriteBackResult(sfOrderId, false, null, "Salesforce gave no reason");
        }
        return new WriteBackResult(sfOrderId, false, first.getString("statusCode", null),
                first.getString("message", null));
    }

    /**
     * The per-record results of an sObject Collections call: exactly {@code expected} objects, one
     * per record sent, or a rejection saying what {@code what} answered instead.
     */
    static JsonArray results(String body, int expected, String what) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonArray array && array.size() == expected
                    && array.stream().allMatch(JsonObject.class::isInstance)) {
                return array;
            }
        } catch (JsonException e) {
            // reported below
        }
        throw new RejectedCallException(SalesforceHttp.SYSTEM, 200, "UNEXPECTED_RESPONSE",
                "Salesforce " + what + " answered something other than " + expected + " results, one per record", null);
    }
}
