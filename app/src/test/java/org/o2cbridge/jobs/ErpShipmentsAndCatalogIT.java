package org.o2cbridge.jobs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.JobsApi;
import org.o2cbridge.testing.TestDatabase;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fulfillment-status-sync job with {@code erp=sap} and {@code erp=d365}: an order synced to the
 * simulated SAP S/4HANA (or Dynamics 365), shipped there in two parts (two outbound deliveries with
 * goods issue posted, or two packing slips), ends in Salesforce with the status, both tracking
 * numbers and the later ship date; each ERP moves its own watermark and NetSuite's does not move; a
 * rerun changes nothing. The product-catalog-sync job with {@code erp=sap}: SAP's products become
 * Product2 records with their PPR0 condition record's price (per one piece) as the standard price
 * book's EUR entry, a later run carries only the product changed since and updates its entry with
 * the price it has then, and NetSuite's watermark does not move; with {@code erp=d365} the released products of the default company become Product2
 * records, read whole by each run, with their sales price as the standard price book's entry, which
 * a later run with a new price updates.
 */
class ErpShipmentsAndCatalogIT extends IntegrationSuite {

    private static final String FULFILLMENT = "fulfillment-status-sync";
    private static final String CATALOG = "product-catalog-sync";
    private static final Duration SYNC_TIME = Duration.ofSeconds(90);
    private static final Duration JOB_TIME = Duration.ofSeconds(120);

    private final JobsApi jobs = new JobsApi(this::bridge);
    private final AdminApi admin = new AdminApi(this::bridge);

    @BeforeEach
    void routeLegalEntities() {
        admin.map("routing", "legal-entity", "DE01", "sap");
        admin.map("routing", "legal-entity", "USMF", "d365");
        admin.map("d365", "legal-entity", "USMF", "usmf");
    }

    @Test
    void sapDeliveriesReachTheOrderAccumulatedWithTheirOwnWatermark() {
        String order = syncedOrder("Shipments Sap " + UUID.randomUUID(), "DE01");
        String netSuiteMark = watermark(FULFILLMENT, "netsuite");

        ship("api/sap/deliveries", Json.createObjectBuilder().add("order", order).add("items", Json.createArrayBuilder()
                .add("10")).add("billOfLading", "1ZSAP0000000001").add("goodsIssueDate", "2026-11-21"));
        runCompleted("{\"erp\":\"sap\"}");
        JsonObject first = salesforceOrder(order);
        assertEquals("Shipped", first.getString("ERP_Status__c"), first.toString());
        assertEquals("1ZSAP0000000001", first.getString("Tracking_Numbers__c"), first.toString());
        assertEquals("2026-11-21", first.getString("ERP_Ship_Date__c"), first.toString());

        ship("api/sap/deliveries", Json.createObjectBuilder().add("order", order).add("billOfLading", "1ZSAP0000000002")
                .add("goodsIssueDate", "2026-11-23"));
        runCompleted("{\"erp\":\"sap\",\"pageSize\":1,\"chunkSize\":1}");
        JsonObject full = salesforceOrder(order);
        assertEquals("1ZSAP0000000001\n1ZSAP0000000002", full.getString("Tracking_Numbers__c"), full.toString());
        assertEquals("2026-11-23", full.getString("ERP_Ship_Date__c"), full.toString());
        assertEquals("Shipped", full.getString("ERP_Status__c"), full.toString());

        runCompleted("{\"erp\":\"sap\"}");
        assertShipmentUnchanged(full, salesforceOrder(order));
        assertEquals(netSuiteMark, watermark(FULFILLMENT, "netsuite"),
                "NetSuite's watermark does not move");
        assertTrue(watermark(FULFILLMENT, "sap") != null, "SAP's own watermark");
    }

    @Test
    void d365PackingSlipsReachTheOrderAccumulatedWithTheirOwnWatermark() {
        String order = syncedOrder("Shipments D365 " + UUID.randomUUID(), "USMF");
        String netSuiteMark = watermark(FULFILLMENT, "netsuite");

        ship("api/d365/packing-slips", Json.createObjectBuilder().add("order", order)
                .add("trackingNumbers", "1ZD365000000001").add("deliveryDate", "2026-11-21").add("complete", false));
        runCompleted("{\"erp\":\"d365\"}");
        JsonObject first = salesforceOrder(order);
        assertEquals("Shipped", first.getString("ERP_Status__c"), first.toString());
        assertEquals("1ZD365000000001", first.getString("Tracking_Numbers__c"), first.toString());
        assertEquals("2026-11-21", first.getString("ERP_Ship_Date__c"), first.toString());

        awaitClockPastWatermark(FULFILLMENT, "d365");
        ship("api/d365/packing-slips", Json.createObjectBuilder().add("order", order)
                .add("trackingNumbers", "1ZD365000000002").add("deliveryDate", "2026-11-23").add("complete", true));
        runCompleted("{\"erp\":\"d365\",\"pageSize\":1,\"chunkSize\":1}");
        JsonObject full = salesforceOrder(order);
        assertEquals("1ZD365000000001\n1ZD365000000002", full.getString("Tracking_Numbers__c"), full.toString());
        assertEquals("2026-11-23", full.getString("ERP_Ship_Date__c"), full.toString());

        JsonObject again = runCompleted("{\"erp\":\"d365\"}");
        assertEquals(0, again.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("read"),
                "a rerun finds nothing new: " + again);
        assertShipmentUnchanged(full, salesforceOrder(order));
        assertEquals(netSuiteMark, watermark(FULFILLMENT, "netsuite"),
                "NetSuite's watermark does not move");
        assertTrue(watermark(FULFILLMENT, "d365") != null, "D365's own watermark");
    }

    @Test
    void sapProductsBecomePricedProductsAndALaterRunCarriesOnlyTheChangedOne() {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String kept = "SAPK-" + run;
        String changed = "SAPC-" + run;
        String netSuiteMark = watermark(CATALOG, "netsuite");
        putSapProducts(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("product", kept).add("description", "Kept " + run))
                .add(Json.createObjectBuilder().add("product", changed).add("description", "Before " + run)));
        putSapPrice(kept, "19.90", 1);
        putSapPrice(changed, "800.00", 100);

        JsonObject first = jobs.awaitCompleted(jobs.start(CATALOG, "{\"erp\":\"sap\"}"), JOB_TIME);
        assertTrue(first.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("write") >= 2,
                first.toString());
        JsonObject keptProduct = product(kept);
        assertEquals("Kept " + run, keptProduct.getString("Name"), keptProduct.toString());
        assertEquals(kept, keptProduct.getString("ProductCode"), keptProduct.toString());
        assertEquals(true, keptProduct.getBoolean("IsActive"), keptProduct.toString());
        assertEquals("Before " + run, product(changed).getString("Name"));
        JsonObject keptPrice = standardPrice(kept, "EUR");
        assertEquals(keptProduct.getString("Id"), keptPrice.getString("Product2Id"), keptPrice.toString());
        assertEquals(0, new BigDecimal("19.90").compareTo(keptPrice.getJsonNumber("UnitPrice").bigDecimalValue()),
                keptPrice.toString());
        JsonObject changedPrice = standardPrice(changed, "EUR");
        assertEquals(0, new BigDecimal("8.00").compareTo(changedPrice.getJsonNumber("UnitPrice").bigDecimalValue()),
                "800.00 per 100 pieces: " + changedPrice);

        awaitClockPastWatermark(CATALOG, "sap");
        putSapPrice(changed, "9.25", 1);
        putSapProducts(Json.createArrayBuilder().add(Json.createObjectBuilder().add("product", changed)
                .add("description", "After " + run).add("markedForDeletion", true)));
        JsonObject second = jobs.awaitCompleted(jobs.start(CATALOG, "{\"erp\":\"sap\"}"), JOB_TIME);
        assertEquals(1, second.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("read"),
                "only the changed product: " + second);
        JsonObject after = product(changed);
        assertEquals("After " + run, after.getString("Name"), after.toString());
        assertEquals(false, after.getBoolean("IsActive"), after.toString());
        JsonObject repriced = standardPrice(changed, "EUR");
        assertEquals(changedPrice.getString("Id"), repriced.getString("Id"), "the same entry, updated: " + repriced);
        assertEquals(0, new BigDecimal("9.25").compareTo(repriced.getJsonNumber("UnitPrice").bigDecimalValue()),
                repriced.toString());

        JsonObject third = jobs.awaitCompleted(jobs.start(CATALOG, "{\"erp\":\"sap\"}"), JOB_TIME);
        assertEquals(0, third.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("read"),
                "a rerun finds nothing new: " + third);
        assertEquals(netSuiteMark, watermark(CATALOG, "netsuite"),
                "NetSuite's catalog watermark does not move");
    }

    @Test
    void d365ReleasedProductsBecomeProducts() {
        String item = "D365C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String netSuiteMark = watermark(CATALOG, "netsuite");
        release(item, "49.50");

        JsonObject first = jobs.awaitCompleted(jobs.start(CATALOG, "{\"erp\":\"d365\",\"pageSize\":2}"), JOB_TIME);
        JsonObject product = product(item);
        assertEquals(item, product.getString("Name"), product.toString());
        assertEquals(item, product.getString("ProductCode"), product.toString());
        JsonObject price = standardPrice(item);
        assertEquals(product.getString("Id"), price.getString("Product2Id"), price.toString());
        assertEquals(0, new BigDecimal("49.50").compareTo(price.getJsonNumber("UnitPrice").bigDecimalValue()),
                price.toString());
        release(item, "52.00");
        int read = first.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("read");
        assertTrue(read >= 1, first.toString());

        JsonObject again = jobs.awaitCompleted(jobs.start(CATALOG, "{\"erp\":\"d365\"}"), JOB_TIME);
        assertEquals(read, again.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("read"),
                "every released product again: " + again);
        assertEquals(product.getString("Name"), product(item).getString("Name"));
        JsonObject repriced = standardPrice(item);
        assertEquals(price.getString("Id"), repriced.getString("Id"), "the same entry, updated: " + repriced);
        assertEquals(0, new BigDecimal("52.00").compareTo(repriced.getJsonNumber("UnitPrice").bigDecimalValue()),
                repriced.toString());
        assertEquals(netSuiteMark, watermark(CATALOG, "netsuite"),
                "NetSuite's catalog watermark does not move");
    }

    private void putSapProducts(jakarta.json.JsonArrayBuilder products) {
        Answer answer = HttpCalls.send(java.net.http.HttpRequest.newBuilder(sandbox("api/sap/products"))
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("products", products).build().toString())));
        assertEquals(200, answer.status(), answer.body());
    }

    /** Sets a material's PPR0 price in SAP's sales area of the bridge's settings (1010/10), in EUR. */
    private void putSapPrice(String material, String price, int conditionQuantity) {
        Answer answer = HttpCalls.send(java.net.http.HttpRequest.newBuilder(sandbox("api/sap/prices"))
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("prices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("material", material).add("salesOrganization", "1010")
                                .add("distributionChannel", "10").add("price", new BigDecimal(price))
                                .add("currency", "EUR").add("conditionQuantity", conditionQuantity))).build().toString())));
        assertEquals(200, answer.status(), answer.body());
    }

    /** Releases a product in D365 with a default sales price. */
    private void release(String item, String salesPrice) {
        Answer released = HttpCalls.post(sandbox("api/d365/items"), null, Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder().add(item)).add("salesPrice", new BigDecimal(salesPrice))
                .build().toString());
        assertEquals(200, released.status(), released.body());
    }

    /** The item's standard price book entry in D365's legal-entity currency (the bridge's default, USD). */
    private JsonObject standardPrice(String erpItemId) {
        return standardPrice(erpItemId, "USD");
    }

    /** The item's standard price book entry in a currency. */
    private JsonObject standardPrice(String erpItemId, String currency) {
        Answer answer = HttpCalls.get(sandbox("api/salesforce/records/PricebookEntry?field=ERP_Price_Key__c&externalId="
                + erpItemId + ":" + currency), null);
        assertEquals(200, answer.status(), answer.body());
        assertEquals(currency, answer.json().getString("CurrencyIsoCode"), answer.body());
        return answer.json();
    }

    private JsonObject product(String erpItemId) {
        Answer answer = HttpCalls.get(sandbox("api/salesforce/records/Product2?field=ERP_Item_Id__c&externalId="
                + erpItemId), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static void assertShipmentUnchanged(JsonObject before, JsonObject after) {
        for (String field : new String[] {"ERP_Status__c", "Tracking_Numbers__c", "ERP_Ship_Date__c"}) {
            assertEquals(before.get(field), after.get(field), field + " after a rerun: " + after);
        }
    }

    private JsonObject runCompleted(String parameters) {
        return jobs.awaitCompleted(jobs.start(FULFILLMENT, parameters), JOB_TIME);
    }

    private void ship(String controlPath, JsonObjectBuilder body) {
        Answer answer = HttpCalls.post(sandbox(controlPath), null, body.build().toString());
        assertEquals(200, answer.status(), answer.body());
    }

    private JsonObject salesforceOrder(String order) {
        return HttpCalls.get(sandbox("api/salesforce/orders/" + order), null).json();
    }

    /** A Salesforce order of a new account and a legal entity, activated and synced to the ERP it routes to. */
    private String syncedOrder(String accountName, String legalEntity) {
        boolean sap = legalEntity.equals("DE01");
        Answer created = HttpCalls.post(sandbox("api/salesforce/orders"), null, Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", accountName)
                        .add("billingAddress", sap ? Json.createObjectBuilder().add("street", "Hafenstrasse 1")
                                .add("city", "Hamburg").add("postalCode", "20457").add("country", "DE")
                                : Json.createObjectBuilder().add("street", "1 Main St")
                                .add("city", "Springfield").add("postalCode", "62701").add("country", "US")))
                .add("currency", sap ? "EUR" : "USD").add("effectiveDate", "2026-11-20").add("poNumber", "PO-1")
                .add("legalEntity", legalEntity)
                .add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("productCode", "WID-100").add("quantity", 2)
                                .add("unitPrice", 10).add("unitOfMeasure", "EA"))
                        .add(Json.createObjectBuilder().add("productCode", "WID-200").add("quantity", 1)
                                .add("unitPrice", 20).add("unitOfMeasure", "EA"))).build().toString());
        assertEquals(201, created.status(), created.body());
        String orderId = created.json().getString("orderId");
        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");
        Eventually.await(() -> salesforceOrder(orderId),
                o -> !o.isNull("ERP_Sync_Status__c") && "Synced".equals(o.getString("ERP_Sync_Status__c")),
                SYNC_TIME, "order " + orderId + " synced");
        return orderId;
    }

    /** The job's watermark of an ERP as text, or null when it has none. */
    private static String watermark(String job, String system) {
        try (Connection connection = TestDatabase.get().connect(); PreparedStatement statement = connection.prepareStatement(
                "select watermark from job_watermark where job_name = ? and erp_system = ?")) {
            statement.setString(1, job);
            statement.setString(2, system);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? String.valueOf(rs.getObject(1)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the clock's current second is past the job's watermark for an ERP, so a change
     * made from now on is stamped after the watermark even where the ERP stamps changes to the
     * second (D365's {@code ModifiedDateTime}); fails after a few seconds if it never is.
     */
    private static void awaitClockPastWatermark(String job, String system) {
        Instant mark = watermarkInstant(job, system);
        Eventually.await(Instant::now, now -> now.truncatedTo(ChronoUnit.SECONDS).isAfter(mark),
                Duration.ofSeconds(5), "the clock's second past the " + system + " watermark " + mark + " of " + job);
    }

    /** The job's watermark of an ERP; fails when it has none. */
    private static Instant watermarkInstant(String job, String system) {
        try (Connection connection = TestDatabase.get().connect(); PreparedStatement statement = connection.prepareStatement(
                "select watermark from job_watermark where job_name = ? and erp_system = ?")) {
            statement.setString(1, job);
            statement.setString(2, system);
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), job + " has a watermark for " + system);
                return rs.getObject(1, OffsetDateTime.class).toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
