package org.o2cbridge.billing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationEnvironment;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.SyncedOrders;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invoice-payment-sync job, started through the admin API, brings the simulated NetSuite's
 * billing history to the simulated Salesforce once: invoices of unknown orders are skipped with the
 * reason, records Salesforce refuses are kept with Salesforce's error, and a second run finds
 * nothing new.
 */
class InvoicePaymentSyncIT extends IntegrationSuite {

    private static final Duration SYNC_TIME = Duration.ofSeconds(60);

    private final SyncedOrders orders = new SyncedOrders(this::sandbox, SYNC_TIME);
    private static final Duration JOB_TIME = Duration.ofSeconds(120);

    @Test
    void billingHistoryReachesSalesforceOnceWithTheUnplaceableRecordsSetAsideWithTheirReasons() {
        String first = orders.synced("Billing Test One");
        String second = orders.synced("Billing Test Two");
        JsonArray documents = generateBilling(first, second);
        Set<String> salesOrders = Set.of(orders.netSuiteId(first), orders.netSuiteId(second));
        List<JsonObject> invoices = ofType(documents, "CustInvc", "CustCred").stream()
                .filter(d -> salesOrders.contains(d.getJsonObject("createdFrom").getString("id"))).toList();
        assertEquals(ofType(documents, "CustInvc", "CustCred").size() - 1, invoices.size(), "one invoice of an unknown order");
        Set<String> invoiceIds = invoices.stream().map(d -> d.getString("id")).collect(Collectors.toSet());
        List<JsonObject> payments = ofType(documents, "CustPymt").stream()
                .filter(d -> invoiceIds.contains(d.getJsonObject("appliedTo").getString("id"))).toList();
        int before = count("Invoice__c");
        int paymentsBefore = count("Payment__c");

        JsonObject run = awaitCompleted(start("{\"chunkSize\":3,\"pageSize\":4}"));

        assertEquals(before + invoices.size(), count("Invoice__c"));
        assertEquals(paymentsBefore + payments.size(), count("Payment__c"));
        JsonObject invoice = invoices.get(0);
        JsonObject stored = salesforceRecord("Invoice__c", "ERP_Invoice_Id__c", invoice.getString("id"));
        JsonObject order = HttpCalls.get(sandbox("api/salesforce/orders/" + first), null).json();
        assertEquals(invoice.getString("tranId"), stored.getString("Name"));
        assertEquals(first, stored.getString("Order__c"));
        assertEquals(order.getString("AccountId"), stored.getString("Account__c"));
        assertEquals(0, invoice.getJsonNumber("total").bigDecimalValue().compareTo(number(stored, "Amount__c")));
        assertEquals(0, invoice.getJsonNumber("amountRemaining").bigDecimalValue().compareTo(number(stored, "Balance__c")));
        assertEquals("USD", stored.getString("Currency_Code__c"));
        assertEquals(invoice.getString("dueDate"), stored.getString("Due_Date__c"));
        assertEquals(invoice.getString("status").equals("Paid In Full") ? "Paid" : "Open", stored.getString("Status__c"));
        JsonObject payment = payments.get(0);
        JsonObject storedPayment = salesforceRecord("Payment__c", "ERP_Payment_Id__c", payment.getString("id"));
        assertEquals(payment.getString("tranId"), storedPayment.getString("Name"));
        assertEquals(0, payment.getJsonNumber("total").bigDecimalValue().compareTo(number(storedPayment, "Amount__c")));
        assertEquals(payment.getString("paymentMethod"), storedPayment.getString("Payment_Method__c"));

        JsonObject step = run.getJsonArray("steps").getJsonObject(0);
        JsonObject metrics = step.getJsonObject("metrics");
        assertEquals(documents.size(), metrics.getInt("read"), run.toString());
        JsonObject progress = run.getJsonObject("progress");
        assertEquals(documents.size(), progress.getInt("estimatedTotal"), "the query's total, the run's estimate: " + run);
        assertEquals(documents.size(), progress.getInt("done"), run.toString());
        assertEquals(100, progress.getInt("percent"), run.toString());
        assertEquals(1, metrics.getInt("processSkip"), run.toString());
        assertEquals(documents.size() - 1, metrics.getInt("write"), run.toString());
        assertTrue(metrics.getInt("commit") >= documents.size() / 3, run.toString());
        assertEquals(1, step.getInt("skipped"), run.toString());
        assertEquals(1, step.getInt("rejected"), run.toString());
        JsonArray setAside = get("api/v1/admin/jobs/executions/" + run.getJsonNumber("executionId") + "/skipped").readArray();
        assertEquals(2, setAside.size(), setAside.toString());
        JsonObject skipped = find(setAside, "skipped");
        assertTrue(skipped.getString("reason").contains("no Salesforce order the bridge knows"), skipped.toString());
        JsonObject rejected = find(setAside, "rejected");
        assertTrue(rejected.getString("recordKey").startsWith("payment "), rejected.toString());
        assertTrue(rejected.getString("reason").startsWith("INVALID_FIELD: Foreign key external ID"), rejected.toString());

        JsonObject again = awaitCompleted(start("{}"));
        JsonObject secondMetrics = again.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics");
        assertEquals(0, secondMetrics.getInt("read"), again.toString());
        assertEquals(0, secondMetrics.getInt("write"), again.toString());
        assertEquals(before + invoices.size(), count("Invoice__c"));
        JsonArray history = get("api/v1/admin/jobs/invoice-payment-sync/executions").readArray();
        assertEquals(again.getJsonNumber("executionId"), history.getJsonObject(0).getJsonNumber("executionId"));
    }

    @Test
    void aStoppedRunRestartsAfterItsLastCheckpointAndWritesEveryRecordOnce() {
        String order = orders.synced("Billing Test Three");
        JsonArray documents = generate(Json.createObjectBuilder().add("seed", 99).add("invoicesPerOrder", 30)
                .add("paidShare", 1.0).add("creditShare", 0.0).add("unlinkedInvoices", 0)
                .add("orders", Json.createArrayBuilder().add(order)));
        int invoicesBefore = count("Invoice__c");
        int paymentsBefore = count("Payment__c");
        try {
            settings("{\"concurrencyLimit\":5,\"latencyMillis\":500}");
            long first = start("{\"chunkSize\":2,\"pageSize\":2}");
            Eventually.await(() -> count("Invoice__c"), n -> n > invoicesBefore, JOB_TIME,
                    "the first invoices of execution " + first + " in Salesforce");
            Answer stop = operatorPost("api/v1/admin/jobs/executions/" + first + "/stop", "");
            assertEquals(202, stop.status(), stop.body());
            JsonObject stopped = Eventually.await(() -> get("api/v1/admin/jobs/executions/" + first).readObject(),
                    execution -> Set.of("STOPPED", "COMPLETED", "FAILED").contains(execution.getString("batchStatus")),
                    JOB_TIME, "execution " + first + " stopped");
            assertEquals("STOPPED", stopped.getString("batchStatus"), stopped.toString());
            int writtenBefore = stopped.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("write");
            assertTrue(writtenBefore < documents.size(), stopped.toString());

            settings("{\"concurrencyLimit\":5,\"latencyMillis\":0}");
            Answer restarted = operatorPost("api/v1/admin/jobs/executions/" + first + "/restart", "{}");
            assertEquals(201, restarted.status(), restarted.body());
            JsonObject rest = awaitCompleted(restarted.json().getJsonNumber("executionId").longValue());
            assertEquals("2", rest.getJsonObject("parameters").getString("chunkSize"), "the stopped run's parameters");
            JsonObject metrics = rest.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics");
            assertEquals(documents.size() - writtenBefore, metrics.getInt("read"), rest.toString());
            assertEquals(documents.size() - writtenBefore, metrics.getInt("write"), rest.toString());
        } finally {
            settings("{\"concurrencyLimit\":5,\"latencyMillis\":0}");
        }
        assertEquals(invoicesBefore + 30, count("Invoice__c"));
        assertEquals(paymentsBefore + 30, count("Payment__c"));
    }

    @Test
    void twoStartsAtTheSameMomentGiveOneRunAndNoStartGoesInWhileItRuns() throws Exception {
        List<Long> before = executionIds();
        try {
            settings("{\"concurrencyLimit\":5,\"latencyMillis\":700}");
            ExecutorService operators = Executors.newFixedThreadPool(2);
            List<Future<Answer>> answers;
            try {
                Callable<Answer> start = () -> operatorPost("api/v1/admin/jobs/invoice-payment-sync/executions", "{}");
                answers = operators.invokeAll(List.of(start, start));
            } finally {
                operators.shutdown();
            }
            List<Answer> started = new ArrayList<>();
            List<Answer> refused = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                (answer.get().status() == 201 ? started : refused).add(answer.get());
            }
            assertEquals(1, started.size(), "one of two simultaneous starts runs: " + answers);
            assertEquals(409, refused.get(0).status(), refused.get(0).body());
            assertTrue(Set.of("job-already-running", "job-start-under-way").contains(refused.get(0).json().getString("code")),
                    refused.get(0).body());
            long run = started.get(0).json().getJsonNumber("executionId").longValue();

            Answer whileRunning = operatorPost("api/v1/admin/jobs/invoice-payment-sync/executions", "{}");
            assertEquals(409, whileRunning.status(), whileRunning.body());
            assertEquals("job-already-running", whileRunning.json().getString("code"));
            assertTrue(whileRunning.json().getString("detail").contains("execution " + run), whileRunning.body());
            Answer notStale = operatorPost("api/v1/admin/jobs/executions/" + run + "/resume", "");
            assertEquals(409, notStale.status(), notStale.body());
            assertEquals("execution-not-stale", notStale.json().getString("code"));

            JsonObject done = awaitCompleted(run);
            assertEquals("operator", done.getString("startedBy"));
            assertEquals(false, done.getBoolean("stale"));
            List<Long> after = executionIds();
            after.removeAll(before);
            assertEquals(List.of(run), after, "exactly one new execution");
        } finally {
            settings("{\"concurrencyLimit\":5,\"latencyMillis\":0}");
        }
    }

    @Test
    void theJobListShowsEachSchedule() {
        JsonObject job = get("api/v1/admin/jobs").readArray().stream().map(JsonValue::asJsonObject)
                .filter(j -> j.getString("name").equals("invoice-payment-sync")).findFirst().orElseThrow();

        assertEquals("0 2 * * *", job.getString("schedule"), job.toString());
        assertEquals("UTC", job.getString("timeZone"), job.toString());
        assertTrue(!job.containsKey("nextScheduledRun") || job.isNull("nextScheduledRun"),
                "the suite switches schedules off: " + job);
    }

    private List<Long> executionIds() {
        return get("api/v1/admin/jobs/invoice-payment-sync/executions?limit=200").readArray().stream()
                .map(e -> e.asJsonObject().getJsonNumber("executionId").longValue())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @Test
    void badRequestsAreRefusedAsProblemsAndViewersMayOnlyRead() {
        Answer unknown = operatorPost("api/v1/admin/jobs/no-such-job/executions", "{}");
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        assertEquals("unknown-job", unknown.json().getString("code"));
        Answer badParameter = operatorPost("api/v1/admin/jobs/invoice-payment-sync/executions", "{\"pageSize\":0}");
        assertEquals(400, badParameter.status(), badParameter.body());
        assertEquals("invalid-job-parameter", badParameter.json().getString("code"));
        Answer unknownParameter = operatorPost("api/v1/admin/jobs/invoice-payment-sync/executions", "{\"since\":\"x\"}");
        assertEquals(400, unknownParameter.status(), unknownParameter.body());

        JsonObject done = awaitCompleted(start("{}"));
        Answer restart = operatorPost("api/v1/admin/jobs/executions/" + done.getJsonNumber("executionId") + "/restart", "{}");
        assertEquals(409, restart.status(), restart.body());
        assertEquals("execution-not-restartable", restart.json().getString("code"));

        Answer listed = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/jobs")).header("Authorization", viewer()).GET());
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("\"invoice-payment-sync\""), listed.body());
        assertTrue(listed.body().contains("\"pageSize\""), listed.body());
        Answer started = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/jobs/invoice-payment-sync/executions"))
                .header("Authorization", viewer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(403, started.status(), started.body());
    }



    /** Two invoices per order, half of them paid, half credited, and one invoice with its payment for an unknown order. */
    private JsonArray generateBilling(String... orders) {
        var named = Json.createArrayBuilder();
        for (String order : orders) {
            named.add(order);
        }
        return generate(Json.createObjectBuilder().add("seed", 20261130).add("invoicesPerOrder", 2)
                .add("paidShare", 0.5).add("creditShare", 0.5).add("unlinkedInvoices", 1).add("orders", named));
    }

    /**
     * Replaces the sandbox's billing history; its changes start after every change generated
     * before, so they lie after the job's watermark whichever test ran first.
     */
    private JsonArray generate(jakarta.json.JsonObjectBuilder plan) {
        JsonObject current = HttpCalls.get(sandbox("api/netsuite/billing?limit=1000000"), null).json();
        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (JsonValue document : current.getJsonArray("documents")) {
            Instant changed = Instant.parse(document.asJsonObject().getString("lastModifiedDate"));
            since = changed.isAfter(since) ? changed : since;
        }
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/billing"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(plan.add("since", since.plusSeconds(60).toString()).build().toString())));
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("documents");
    }

    private void settings(String json) {
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/settings"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(200, answer.status(), answer.body());
    }

    private static List<JsonObject> ofType(JsonArray documents, String... types) {
        Set<String> wanted = Set.of(types);
        return documents.stream().map(JsonValue::asJsonObject).filter(d -> wanted.contains(d.getString("type"))).toList();
    }

    private long start(String parameters) {
        Answer started = operatorPost("api/v1/admin/jobs/invoice-payment-sync/executions", parameters);
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonNumber("executionId").longValue();
    }

    private JsonObject awaitCompleted(long executionId) {
        JsonObject done = Eventually.await(() -> get("api/v1/admin/jobs/executions/" + executionId).readObject(),
                execution -> Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(execution.getString("batchStatus")),
                JOB_TIME, "execution " + executionId + " ended");
        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
        return done;
    }

    private jakarta.json.JsonReader get(String path) {
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge(path)).header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, answer.status(), answer.body());
        return Json.createReader(new StringReader(answer.body()));
    }

    private Answer operatorPost(String path, String body) {
        return HttpCalls.send(HttpRequest.newBuilder(bridge(path)).header("Authorization", AdminApi.operator())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private int count(String sObject) {
        return HttpCalls.get(sandbox("api/salesforce/records/" + sObject + "?limit=0"), null).json().getInt("count");
    }

    private JsonObject salesforceRecord(String sObject, String field, String externalId) {
        Answer answer = HttpCalls.get(sandbox("api/salesforce/records/" + sObject + "?field=" + field
                + "&externalId=" + externalId), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static BigDecimal number(JsonObject record, String field) {
        return record.getJsonNumber(field).bigDecimalValue();
    }

    private static JsonObject find(JsonArray records, String kind) {
        return records.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("kind").equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " record in " + records));
    }

    private static String viewer() {
        return "Basic " + Base64.getEncoder().encodeToString(("viewer:" + IntegrationEnvironment.VIEWER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
