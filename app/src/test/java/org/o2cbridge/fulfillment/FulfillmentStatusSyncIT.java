package org.o2cbridge.fulfillment;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.JobsApi;
import org.o2cbridge.testing.SyncedOrders;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fulfillment-status-sync job, started through the admin API, brings the simulated NetSuite's
 * item fulfillments to the Salesforce Orders they ship: an order shipped in two parts ends with
 * both tracking numbers, the later ship date and the status; a fulfillment of an unknown sales
 * order is skipped with the reason; a second run finds nothing new.
 */
class FulfillmentStatusSyncIT extends IntegrationSuite {

    private static final String JOB = "fulfillment-status-sync";
    private static final Duration SYNC_TIME = Duration.ofSeconds(60);

    private final SyncedOrders orders = new SyncedOrders(this::sandbox, SYNC_TIME);
    private static final Duration JOB_TIME = Duration.ofSeconds(120);

    private final JobsApi jobs = new JobsApi(this::bridge);

    @Test
    void partialShipmentsAccumulateOnTheOrderOnceAndUnknownOrdersAreSkippedWithTheirReason() {
        String order = orders.synced("Fulfillment Test One");
        String salesOrder = orders.netSuiteId(order);
        JsonArray fulfillments = generate(Json.createObjectBuilder().add("seed", 20261201).add("shipmentsPerOrder", 2)
                .add("shippedShare", 1.0).add("unlinkedFulfillments", 1)
                .add("orders", Json.createArrayBuilder().add(order)));
        List<JsonObject> shipped = fulfillments.stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonObject("createdFrom").getString("id").equals(salesOrder)).toList();
        assertEquals(2, shipped.size(), fulfillments.toString());
        assertEquals(3, fulfillments.size(), fulfillments.toString());

        JsonObject run = jobs.awaitCompleted(jobs.start(JOB, "{\"chunkSize\":1,\"pageSize\":1}"), JOB_TIME);

        JsonObject stored = HttpCalls.get(sandbox("api/salesforce/orders/" + order), null).json();
        String tracking = stored.getString("Tracking_Numbers__c");
        assertEquals(shipped.get(0).getString("trackingNumbers") + "\n" + shipped.get(1).getString("trackingNumbers"),
                tracking, stored.toString());
        assertEquals(shipped.get(1).getString("tranDate"), stored.getString("ERP_Ship_Date__c"), stored.toString());
        assertEquals("Shipped", stored.getString("ERP_Status__c"), stored.toString());

        JsonObject step = run.getJsonArray("steps").getJsonObject(0);
        JsonObject metrics = step.getJsonObject("metrics");
        assertEquals(3, metrics.getInt("read"), run.toString());
        assertEquals(1, metrics.getInt("processSkip"), run.toString());
        assertEquals(2, metrics.getInt("write"), run.toString());
        JsonArray setAside = jobs.skipped(run.getJsonNumber("executionId").longValue());
        assertEquals(1, setAside.size(), setAside.toString());
        JsonObject skipped = setAside.getJsonObject(0);
        assertEquals("skipped", skipped.getString("kind"), skipped.toString());
        assertTrue(skipped.getString("recordKey").startsWith("item fulfillment "), skipped.toString());
        assertTrue(skipped.getString("reason").contains("no Salesforce order the bridge knows"), skipped.toString());

        JsonObject again = jobs.awaitCompleted(jobs.start(JOB, "{}"), JOB_TIME);
        JsonObject secondMetrics = again.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics");
        assertEquals(0, secondMetrics.getInt("read"), again.toString());
        assertEquals(0, secondMetrics.getInt("write"), again.toString());
        assertEquals(tracking, HttpCalls.get(sandbox("api/salesforce/orders/" + order), null).json()
                .getString("Tracking_Numbers__c"));
    }



    /**
     * Replaces the sandbox's item fulfillments; their changes start after every change generated
     * before and after now, so they lie after the job's watermark.
     */
    private JsonArray generate(JsonObjectBuilder plan) {
        JsonObject current = HttpCalls.get(sandbox("api/netsuite/fulfillments?limit=1000000"), null).json();
        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (JsonValue document : current.getJsonArray("documents")) {
            Instant changed = Instant.parse(document.asJsonObject().getString("lastModifiedDate"));
            since = changed.isAfter(since) ? changed : since;
        }
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/fulfillments"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(plan.add("since", since.plusSeconds(60).toString()).build().toString())));
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("documents");
    }
}
