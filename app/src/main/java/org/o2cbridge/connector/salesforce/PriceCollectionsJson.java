package org.o2cbridge.connector.salesforce;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.o2cbridge.catalog.PriceRecord;
import org.o2cbridge.catalog.ProductTarget;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON and SOQL of the standard prices' sync: the query of the standard price book's id, the
 * query of which price keys Salesforce already holds, and an sObject Collections upsert of
 * {@code PricebookEntry} keyed by the package's {@code ERP_Price_Key__c} with
 * {@code allOrNone:false}. {@code Pricebook2Id}, {@code Product2Id} and {@code CurrencyIsoCode}
 * can be set when an entry is created but never updated (Salesforce refuses an update that names
 * them, {@code INVALID_FIELD_FOR_INSERT_UPDATE}), so they are sent only for a key Salesforce does
 * not hold yet; an entry that exists gets {@code UnitPrice} and {@code IsActive} only.
 */
final class PriceCollectionsJson {

    static final String ENTRY = "PricebookEntry";
    static final String ENTRY_KEY = "ERP_Price_Key__c";
    static final String STANDARD_PRICE_BOOK_QUERY = "SELECT Id FROM Pricebook2 WHERE IsStandard = true";

    private PriceCollectionsJson() {
    }

    /** The REST query path of a SOQL statement, {@code /query?q=…}. */
    static String queryPath(String soql) {
        return "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8);
    }

    /** The SOQL of the entries among {@code keys} that exist (keys are the bridge's own: digits, letters, {@code :}). */
    static String existingKeysQuery(Collection<String> keys) {
        return "SELECT " + ENTRY_KEY + " FROM " + ENTRY + " WHERE " + ENTRY_KEY + " IN ("
                + keys.stream().map(key -> "'" + key.replace("\\", "\\\\").replace("'", "\\'") + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The first record's {@code Id} of a query answer, or null when it found none. */
    static String firstId(String body) {
        List<JsonObject> records = records(body);
        return records.isEmpty() ? null : records.get(0).getString("Id", null);
    }

    /** The price keys a query answer holds, upper-cased (the field is case-insensitive). */
    static Set<String> keys(String body) {
        Set<String> keys = new HashSet<>();
        for (JsonObject record : records(body)) {
            if (record.get(ENTRY_KEY) instanceof jakarta.json.JsonString key) {
                keys.add(key.getString().toUpperCase(Locale.ROOT));
            }
        }
        return keys;
    }

    static String request(String priceBookId, List<PriceRecord> records, Set<String> existing) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        records.forEach(record -> array.add(entry(priceBookId, record,
                !existing.contains(record.key().toUpperCase(Locale.ROOT)))));
        return Json.createObjectBuilder().add("allOrNone", false).add("records", array).build().toString();
    }

    static JsonObjectBuilder entry(String priceBookId, PriceRecord record, boolean create) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("attributes", Json.createObjectBuilder().add("type", ENTRY))
                .add(ENTRY_KEY, record.key())
                .add("UnitPrice", record.unitPrice())
                .add("IsActive", record.active());
        if (create) {
            json.add("Pricebook2Id", priceBookId).add("Product2Id", record.productId())
                    .add("CurrencyIsoCode", record.currency());
        }
        return json;
    }

    /** One outcome per record, named by its ERP item id, matched by position. */
    static List<ProductTarget.UpsertOutcome> results(List<PriceRecord> records, String body) {
        return ProductCollectionsJson.outcomes(records.stream().map(PriceRecord::erpItemId).toList(), body,
                "standard price upsert");
    }

    private static List<JsonObject> records(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "{}" : body))) {
            JsonValue value = reader.readValue();
            JsonArray records = value instanceof JsonObject answer && answer.get("records") instanceof JsonArray array
                    ? array : JsonValue.EMPTY_JSON_ARRAY;
            return records.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
        }
    }
}
