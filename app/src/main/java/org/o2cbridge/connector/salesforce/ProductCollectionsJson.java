package org.o2cbridge.connector.salesforce;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.o2cbridge.catalog.ProductRecord;
import org.o2cbridge.catalog.ProductTarget;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of an sObject Collections upsert of {@code Product2} keyed by the package's
 * {@code ERP_Item_Id__c}, with {@code allOrNone:false}, and the reading of its answer, one
 * UpsertResult per record in order (with the saved record's {@code id}, which the price upsert of
 * the chunk refers to). Absent description and quantity are sent as null, so a value removed in
 * the ERP is removed in Salesforce too.
 */
final class ProductCollectionsJson {

    static final String PRODUCT = "Product2";
    static final String PRODUCT_KEY = "ERP_Item_Id__c";

    private ProductCollectionsJson() {
    }

    static String request(List<ProductRecord> records) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        records.forEach(record -> array.add(product(record)));
        return Json.createObjectBuilder().add("allOrNone", false).add("records", array).build().toString();
    }

    static JsonObjectBuilder product(ProductRecord record) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("attributes", Json.createObjectBuilder().add("type", PRODUCT))
                .add(PRODUCT_KEY, record.erpItemId())
                .add("Name", record.name())
                .add("IsActive", record.active());
        if (record.productCode() == null) {
            json.addNull("ProductCode");
        } else {
            json.add("ProductCode", record.productCode());
        }
        if (record.description() == null) {
            json.addNull("Description");
        } else {
            json.add("Description", record.description());
        }
        if (record.availableQuantity() == null) {
            json.addNull("Available_Quantity__c");
        } else {
            json.add("Available_Quantity__c", record.availableQuantity());
        }
        return json;
    }

    /** One outcome per record, matched by position; an answer of another shape is rejected. */
    static List<ProductTarget.UpsertOutcome> results(List<ProductRecord> records, String body) {
        return outcomes(records.stream().map(ProductRecord::erpItemId).toList(), body, "product upsert");
    }

    /**
     * One outcome per record of an sObject Collections upsert, named by {@code erpItemIds} in the
     * records' order: the saved record's id, or Salesforce's first error.
     */
    static List<ProductTarget.UpsertOutcome> outcomes(List<String> erpItemIds, String body, String what) {
        JsonArray results = OrderCollectionsJson.results(body, erpItemIds.size(), what);
        List<ProductTarget.UpsertOutcome> outcomes = new ArrayList<>(erpItemIds.size());
        for (int i = 0; i < erpItemIds.size(); i++) {
            String erpId = erpItemIds.get(i);
            JsonObject result = results.getJsonObject(i);
            if (result.getBoolean("success", false)) {
                outcomes.add(new ProductTarget.UpsertOutcome(erpId, result.getString("id", null), true, null, null));
            } else {
                JsonArray errors = result.get("errors") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
                JsonObject first = !errors.isEmpty() && errors.get(0) instanceof JsonObject error ? error : null;
                outcomes.add(new ProductTarget.UpsertOutcome(erpId, null, false,
                        first == null ? null : first.getString("statusCode", null),
                        first == null ? "Salesforce gave no reason" : first.getString("message", null)));
            }
        }
        return outcomes;
    }
}
