package org.o2cbridge.reconciliation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationEnvironment;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.JobsApi;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reconciliation job against the simulated Salesforce, NetSuite, SAP and Dynamics 365: a synced
 * order is no finding; an order activated without its event reaching the bridge is reported as
 * needing a resend; an order whose write-back was lost gets it again; an order whose dead letter was
 * resolved without a replay is synced again and reaches NetSuite. A dry run reports the same and
 * queues nothing. Orders routed to SAP and D365 by their legal entities are looked for there: found
 * ones are no finding, an SAP order deleted in SAP is synced to SAP again. The D365 order's lines
 * are read too, for its net amount; the simulator's lines of orders the bridge creates show no
 * {@code LineAmount} (it prices nothing), so that order's amount is not compared here. Only the
 * orders made here are looked at: the sandbox is shared.
 */
class ReconciliationIT extends IntegrationSuite {

    private static final Duration SYNC_TIME = Duration.ofSeconds(90);
    private static final Duration JOB_TIME = Duration.ofSeconds(180);
    private static final String SAP_ENTITY = "DE01";
    private static final String D365_ENTITY = "USMF";

    @Test
    void findsTheOrdersOutOfStepRepairsWhatItCanAndReportsEveryFindingAsCsv() throws IOException {
        JobsApi jobs = new JobsApi(this::bridge);
        String synced = createOrder("Reconciliation Synced", "WID-100");
        activate(synced, true);
        awaitSyncStatus(synced, "Synced");

        String neverReceived = createOrder("Reconciliation Never Received", "WID-100");
        activate(neverReceived, false);

        String writeBackLost = createOrder("Reconciliation Write-back Lost", "WID-200");
        activate(writeBackLost, true);
        String erpNumber = awaitSyncStatus(writeBackLost, "Synced").getString("ERP_Order_Number__c");
        Answer cleared = HttpCalls.post(sandbox("api/salesforce/orders/" + writeBackLost + "/erp-fields/clear"), null, "");
        assertEquals(200, cleared.status(), cleared.body());
        assertTrue(cleared.json().isNull("ERP_Order_Number__c"), cleared.body());

        String product = "REC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String resolvedUnsynced = createOrder("Reconciliation Resolved", product);
        activate(resolvedUnsynced, true);
        awaitSyncStatus(resolvedUnsynced, "Failed");
        long letter = deadLetterOf(resolvedUnsynced);
        Answer resolved = operator("POST", "api/v1/admin/dead-letters/" + letter + "/resolve",
                "{\"comment\":\"closed without replay\"}");
        assertTrue(resolved.status() / 100 == 2, resolved.body());
        Answer mapped = operator("PUT", "api/v1/admin/mappings/netsuite/item/" + product, "{\"targetValue\":\"WID-100\"}");
        assertTrue(mapped.status() / 100 == 2, mapped.body());
        String priceDiffers = createOrder("Reconciliation Price Differs", "WID-100", null, "10.00");
        activate(priceDiffers, true);
        awaitSyncStatus(priceDiffers, "Synced");
        Set<String> mine = Set.of(synced, neverReceived, writeBackLost, resolvedUnsynced, priceDiffers);

        long dry = jobs.start("reconciliation", "{\"dryRun\":true,\"pageSize\":50,\"chunkSize\":20}");
        JsonObject dryRun = jobs.awaitCompleted(dry, JOB_TIME);
        assertTrue(dryRun.toString().contains("DRY RUN: CHECKED"), dryRun.toString());
        Map<String, CSVRecord> dryReport = report(dry, mine);
        assertEquals(Set.of(neverReceived, writeBackLost, resolvedUnsynced, priceDiffers), dryReport.keySet(),
                "orders whose lines the ERP prices as Salesforce does give no finding: " + dryReport);
        assertEquals("MISSING_IN_ERP", dryReport.get(neverReceived).get("kind"));
        assertTrue(dryReport.get(neverReceived).get("detail").contains("needs a resend from Salesforce"));
        assertEquals("WRITE_BACK_MISSING", dryReport.get(writeBackLost).get("kind"));
        assertEquals("MISSING_IN_ERP", dryReport.get(resolvedUnsynced).get("kind"));
        assertTrue(dryReport.values().stream().allMatch(r -> r.get("action").equals("REPORT_ONLY")), dryReport.toString());
        assertTrue(dryReport.get(writeBackLost).get("detail").contains("dry run: would enqueue its write-back"));
        assertTrue(salesforceOrder(writeBackLost).isNull("ERP_Order_Number__c"), "a dry run queues nothing");
        assertEquals(404, HttpCalls.get(sandbox("api/netsuite/records/salesOrder?externalId=" + resolvedUnsynced), null)
                .status(), "a dry run queues nothing");

        long run = jobs.start("reconciliation", "{\"pageSize\":50,\"chunkSize\":20}");
        JsonObject done = jobs.awaitCompleted(run, JOB_TIME);
        assertTrue(done.toString().contains("CHECKED") && !done.toString().contains("DRY RUN"), done.toString());
        Map<String, CSVRecord> report = report(run, mine);
        assertEquals(Set.of(neverReceived, writeBackLost, resolvedUnsynced, priceDiffers), report.keySet(), report.toString());
        CSVRecord differs = report.get(priceDiffers);
        assertEquals("AMOUNT_DIFFERS", differs.get("kind"));
        assertEquals("REPORT_ONLY", differs.get("action"));
        assertTrue(differs.get("detail").contains("Salesforce total 20.00, ERP total 25.00"), differs.get("detail"));
        assertEquals("REPORT_ONLY", report.get(neverReceived).get("action"));
        assertEquals("ENQUEUE_WRITE_BACK", report.get(writeBackLost).get("action"));
        assertEquals("ENQUEUE_SYNC", report.get(resolvedUnsynced).get("action"));

        assertEquals(erpNumber, awaitSyncStatus(writeBackLost, "Synced").getString("ERP_Order_Number__c"));
        JsonObject resent = awaitSyncStatus(resolvedUnsynced, "Synced");
        assertFalse(resent.isNull("ERP_Order_Number__c"), resent.toString());
        Answer inNetSuite = HttpCalls.get(sandbox("api/netsuite/records/salesOrder?externalId=" + resolvedUnsynced), null);
        assertEquals(200, inNetSuite.status(), inNetSuite.body());
        assertNotNull(inNetSuite.json().getString("id"));
        assertTrue(salesforceOrder(neverReceived).isNull("ERP_Order_Number__c"), "nothing is made up for it");
    }

    @Test
    void looksEachOrderUpInTheErpItIsRoutedToAndSyncsOneMissingThereAgain() throws IOException {
        JobsApi jobs = new JobsApi(this::bridge);
        AdminApi admin = new AdminApi(this::bridge);
        admin.map("routing", "legal-entity", SAP_ENTITY, "sap");
        admin.map("routing", "legal-entity", D365_ENTITY, "d365");
        admin.map("d365", "legal-entity", D365_ENTITY, "usmf");

        String inSap = createOrder("Reconciliation Nordwind GmbH", "WID-100", SAP_ENTITY);
        activate(inSap, true);
        String inD365 = createOrder("Reconciliation Contoso US", "WID-100", D365_ENTITY);
        activate(inD365, true);
        String goneFromSap = createOrder("Reconciliation Zugspitz AG", "WID-200", SAP_ENTITY);
        activate(goneFromSap, true);
        String sapNumber = awaitSyncStatus(inSap, "Synced").getString("ERP_Order_Number__c");
        assertEquals(sapNumber, sapOrder(inSap).getString("SalesOrder"));
        String d365Number = awaitSyncStatus(inD365, "Synced").getString("ERP_Order_Number__c");
        assertEquals(200, HttpCalls.get(sandbox("api/d365/records/SalesOrderHeadersV2?customersOrderReference=" + inD365),
                null).status(), "in D365");
        String goneNumber = awaitSyncStatus(goneFromSap, "Synced").getString("ERP_Order_Number__c");
        Answer deleted = HttpCalls.send(HttpRequest.newBuilder(
                sandbox("api/sap/records/SalesOrder?externalKey=" + goneFromSap)).DELETE());
        assertEquals(200, deleted.status(), deleted.body());
        assertEquals(404, HttpCalls.get(sandbox("api/sap/records/SalesOrder?externalKey=" + goneFromSap), null).status());
        Set<String> mine = Set.of(inSap, inD365, goneFromSap);

        long run = jobs.start("reconciliation", "{\"pageSize\":50,\"chunkSize\":20}");
        JsonObject done = jobs.awaitCompleted(run, JOB_TIME);
        assertTrue(done.toString().contains("CHECKED"), done.toString());
        Map<String, CSVRecord> report = report(run, mine);
        assertEquals(Set.of(goneFromSap), report.keySet(), "the SAP and D365 orders are found there: " + report);
        CSVRecord gone = report.get(goneFromSap);
        assertEquals("MISSING_IN_ERP", gone.get("kind"));
        assertEquals("ENQUEUE_SYNC", gone.get("action"));
        assertTrue(gone.get("detail").startsWith("SAP S/4HANA: not in the ERP"), gone.get("detail"));

        JsonObject again = Eventually.await(() -> HttpCalls.get(
                        sandbox("api/sap/records/SalesOrder?externalKey=" + goneFromSap), null),
                answer -> answer.status() == 200, SYNC_TIME, "order " + goneFromSap + " in SAP again").json();
        assertFalse(again.getString("SalesOrder").equals(goneNumber), "a new SAP document: " + again);
        assertEquals(again.getString("SalesOrder"), Eventually.await(() -> salesforceOrder(goneFromSap),
                order -> !order.isNull("ERP_Order_Number__c") && !goneNumber.equals(order.getString("ERP_Order_Number__c")),
                SYNC_TIME, "the new SAP number in Salesforce").getString("ERP_Order_Number__c"));
        assertEquals(sapNumber, sapOrder(inSap).getString("SalesOrder"), "nothing made again for the order SAP has");
        assertEquals(d365Number, salesforceOrder(inD365).getString("ERP_Order_Number__c"));
    }

    private JsonObject sapOrder(String orderId) {
        Answer found = HttpCalls.get(sandbox("api/sap/records/SalesOrder?externalKey=" + orderId), null);
        assertEquals(200, found.status(), found.body());
        return found.json();
    }

    private String createOrder(String accountName, String productCode) {
        return createOrder(accountName, productCode, null);
    }

    /** An order of two of the item at the ERPs' catalog price, so its total agrees with the ERP's. */
    private String createOrder(String accountName, String productCode, String legalEntity) {
        return createOrder(accountName, productCode, legalEntity, productCode.equals("WID-200") ? "27.00" : "12.50");
    }

    private String createOrder(String accountName, String productCode, String legalEntity, String unitPrice) {
        boolean german = SAP_ENTITY.equals(legalEntity);
        var order = Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", accountName)
                        .add("billingAddress", german
                                ? Json.createObjectBuilder().add("street", "Hafenstrasse 1").add("city", "Hamburg")
                                        .add("postalCode", "20457").add("country", "DE")
                                : Json.createObjectBuilder().add("street", "1 Main St")
                                        .add("city", "Springfield").add("postalCode", "62701").add("country", "US")))
                .add("currency", german ? "EUR" : "USD").add("effectiveDate", "2026-11-20").add("poNumber", "PO-R")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productCode", productCode)
                        .add("quantity", 2).add("unitPrice", new java.math.BigDecimal(unitPrice)).add("unitOfMeasure", "EA")));
        if (legalEntity != null) {
            order.add("legalEntity", legalEntity);
        }
        Answer created = HttpCalls.post(sandbox("api/salesforce/orders"), null, order.build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("orderId");
    }

    private void activate(String orderId, boolean deliver) {
        Answer activated = HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate?deliver=" + deliver),
                null, "");
        assertEquals(200, activated.status(), activated.body());
    }

    private JsonObject salesforceOrder(String orderId) {
        return HttpCalls.get(sandbox("api/salesforce/orders/" + orderId), null).json();
    }

    private JsonObject awaitSyncStatus(String orderId, String status) {
        return Eventually.await(() -> salesforceOrder(orderId),
                order -> !order.isNull("ERP_Sync_Status__c") && status.equals(order.getString("ERP_Sync_Status__c")),
                SYNC_TIME, "order " + orderId + " " + status);
    }

    private long deadLetterOf(String orderId) {
        return Eventually.await(() -> {
            Answer letters = operator("GET", "api/v1/admin/dead-letters?system=netsuite", null);
            try (var reader = Json.createReader(new StringReader(letters.body()))) {
                return reader.readArray().stream().map(v -> v.asJsonObject())
                        .filter(l -> l.getString("aggregateId").equals(orderId))
                        .map(l -> l.getJsonNumber("id").longValue()).findFirst().orElse(-1L);
            }
        }, id -> id > 0, SYNC_TIME, "a dead letter of " + orderId);
    }

    /** The run's CSV report, downloaded as a viewer, by order id, only the orders of this test. */
    private Map<String, CSVRecord> report(long executionId, Set<String> orders) throws IOException {
        Answer csv = HttpCalls.send(HttpRequest.newBuilder(
                        bridge("api/v1/admin/jobs/executions/" + executionId + "/report.csv"))
                .header("Authorization", viewer()).GET());
        assertEquals(200, csv.status(), csv.body());
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.body()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("order_id", "order_number", "kind", "detail", "action", "recorded_at"),
                    parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords().stream().filter(r -> orders.contains(r.get("order_id"))).toList();
            assertEquals(rows.size(), rows.stream().map(r -> r.get("order_id")).distinct().count(), rows.toString());
            return rows.stream().collect(Collectors.toMap(r -> r.get("order_id"), r -> r));
        }
    }

    private Answer operator(String method, String path, String body) {
        return new AdminApi(this::bridge).call(method, path, body);
    }

    private static String viewer() {
        return "Basic " + Base64.getEncoder().encodeToString(("viewer:" + IntegrationEnvironment.VIEWER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
