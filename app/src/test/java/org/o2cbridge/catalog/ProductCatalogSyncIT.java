package org.o2cbridge.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.JobsApi;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product-catalog-sync job, started through the admin API, brings the simulated NetSuite's
 * catalog items to the simulated Salesforce as Product2 records with their base price as the
 * standard price book's entry; a later run reads only the items changed since and updates a
 * changed price in the same entry, and a product Salesforce refuses is set aside with Salesforce's
 * error. The
 * sandbox's catalog is shared with the other tests: this one only adds items of its own.
 */
class ProductCatalogSyncIT extends IntegrationSuite {

    private static final Duration JOB_TIME = Duration.ofSeconds(120);
    private static final String JOB = "product-catalog-sync";
    /** The simulated org's standard price book. */
    private static final String STANDARD_PRICE_BOOK = "01sSb0000000001IAA";

    private final JobsApi jobs = new JobsApi(this::bridge);

    @Test
    void itemsBecomeProductsAndALaterRunCarriesOnlyTheChangedItem() throws InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        JsonObject gadget = putItem(item("CAT-" + suffix + "-A", "Catalog Gadget", "19.90")
                .add("description", "A gadget for the catalog test").add("quantityAvailable", 40));
        JsonObject retired = putItem(item("CAT-" + suffix + "-B", "Retired Gadget", "5.00")
                .add("isInactive", true).add("quantityAvailable", 0));
        JsonObject longName = putItem(item("CAT-" + suffix + "-C", "L".repeat(300), "1.00"));

        JsonObject first = jobs.awaitCompleted(jobs.start(JOB, "{\"chunkSize\":2,\"pageSize\":2}"), JOB_TIME);

        for (JsonObject item : new JsonObject[] {gadget, retired}) {
            JsonObject product = product(item.getString("id"));
            assertEquals(item.getString("displayName"), product.getString("Name"), product.toString());
            assertEquals(item.getString("itemId"), product.getString("ProductCode"), product.toString());
            assertEquals(item.getString("description", null), product.isNull("Description") ? null
                    : product.getString("Description"), product.toString());
            assertEquals(!item.getBoolean("isInactive", false), product.getBoolean("IsActive"), product.toString());
            assertEquals(0, item.getJsonNumber("quantityAvailable").bigDecimalValue()
                    .compareTo(product.getJsonNumber("Available_Quantity__c").bigDecimalValue()), product.toString());
        }
        JsonObject gadgetPrice = standardPrice(gadget.getString("id"));
        assertEquals(product(gadget.getString("id")).getString("Id"), gadgetPrice.getString("Product2Id"));
        assertEquals(0, new BigDecimal("19.90").compareTo(gadgetPrice.getJsonNumber("UnitPrice").bigDecimalValue()),
                gadgetPrice.toString());
        assertTrue(gadgetPrice.getBoolean("IsActive"), gadgetPrice.toString());
        JsonObject retiredPrice = standardPrice(retired.getString("id"));
        assertEquals(0, new BigDecimal("5.00").compareTo(retiredPrice.getJsonNumber("UnitPrice").bigDecimalValue()));
        assertEquals(false, retiredPrice.getBoolean("IsActive"), "an inactive item's price is inactive");
        assertEquals(404, HttpCalls.get(sandbox("api/salesforce/records/Product2?field=ERP_Item_Id__c&externalId="
                + longName.getString("id")), null).status(), "the product with the long name is not in Salesforce");
        assertEquals(404, HttpCalls.get(sandbox("api/salesforce/records/PricebookEntry?field=ERP_Price_Key__c&externalId="
                + longName.getString("id") + ":USD"), null).status(), "nor its price");
        JsonObject step = first.getJsonArray("steps").getJsonObject(0);
        assertTrue(step.getJsonObject("metrics").getInt("read") >= 3, first.toString());
        assertEquals(1, step.getInt("rejected"), first.toString());
        JsonArray setAside = jobs.skipped(first.getJsonNumber("executionId").longValue());
        assertEquals(1, setAside.size(), setAside.toString());
        JsonObject rejected = setAside.getJsonObject(0);
        assertEquals("rejected", rejected.getString("kind"), rejected.toString());
        assertEquals("item " + longName.getString("id") + " (" + longName.getString("itemId") + ")",
                rejected.getString("recordKey"), rejected.toString());
        assertTrue(rejected.getString("reason").startsWith("STRING_TOO_LONG: Name: data value too large"),
                rejected.toString());

        Instant lastChange = Instant.parse(longName.getString("lastModifiedDate"));
        while (!Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(lastChange)) {
            Thread.sleep(100);
        }
        JsonObject changed = putItem(item(gadget.getString("itemId"), gadget.getString("displayName"), "24.50")
                .add("quantityAvailable", 7));

        JsonObject second = jobs.awaitCompleted(jobs.start(JOB, "{}"), JOB_TIME);

        JsonObject metrics = second.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics");
        assertEquals(1, metrics.getInt("read"), second.toString());
        assertEquals(1, metrics.getInt("write"), second.toString());
        JsonObject product = product(changed.getString("id"));
        assertEquals(0, new BigDecimal(7).compareTo(product.getJsonNumber("Available_Quantity__c").bigDecimalValue()),
                product.toString());
        assertEquals("A gadget for the catalog test", product.getString("Description"), "fields not changed stay");
        JsonObject newPrice = standardPrice(changed.getString("id"));
        assertEquals(gadgetPrice.getString("Id"), newPrice.getString("Id"), "the same entry, updated: " + newPrice);
        assertEquals(0, new BigDecimal("24.50").compareTo(newPrice.getJsonNumber("UnitPrice").bigDecimalValue()),
                newPrice.toString());
        assertEquals(0, jobs.skipped(second.getJsonNumber("executionId").longValue()).size());
    }

    @Test
    void theJobIsListedWithItsNightlySchedule() {
        Answer listed = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/jobs"))
                .header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, listed.status(), listed.body());
        JsonObject job;
        try (var reader = Json.createReader(new StringReader(listed.body()))) {
            job = reader.readArray().stream().map(JsonValue::asJsonObject)
                    .filter(j -> j.getString("name").equals(JOB)).findFirst().orElseThrow();
        }
        assertEquals("30 1 * * *", job.getString("schedule"), job.toString());
        assertTrue(job.toString().contains("\"chunkSize\""), job.toString());
        Answer tooBig = jobs.post("api/v1/admin/jobs/" + JOB + "/executions", "{\"chunkSize\":201}");
        assertEquals(400, tooBig.status(), tooBig.body());
    }

    private static JsonObjectBuilder item(String code, String name, String price) {
        return Json.createObjectBuilder().add("externalId", code).add("displayName", name)
                .add("basePrice", new BigDecimal(price));
    }

    private JsonObject putItem(JsonObjectBuilder item) {
        Answer answer = HttpCalls.post(sandbox("api/netsuite/items"), null, item.build());
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("items").getJsonObject(0);
    }

    /** The item's entry in the standard price book, in the simulated NetSuite's base currency (USD). */
    private JsonObject standardPrice(String erpItemId) {
        Answer answer = HttpCalls.get(sandbox("api/salesforce/records/PricebookEntry?field=ERP_Price_Key__c&externalId="
                + erpItemId + ":USD"), null);
        assertEquals(200, answer.status(), answer.body());
        JsonObject entry = answer.json();
        assertEquals(STANDARD_PRICE_BOOK, entry.getString("Pricebook2Id"), entry.toString());
        assertEquals("USD", entry.getString("CurrencyIsoCode"), entry.toString());
        return entry;
    }

    private JsonObject product(String erpItemId) {
        Answer answer = HttpCalls.get(sandbox("api/salesforce/records/Product2?field=ERP_Item_Id__c&externalId="
                + erpItemId), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }
}
