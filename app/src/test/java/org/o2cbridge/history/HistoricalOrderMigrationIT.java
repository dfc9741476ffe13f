package org.o2cbridge.history;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.JobsApi;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The historical-order-migration job, started through the admin API, loads the simulated
 * NetSuite's order history into the simulated Salesforce with Bulk API 2.0: a dry run writes
 * nothing and says what it would load; a run loads every order and line once, field by field as
 * NetSuite has them, and sets aside the orders of customers Salesforce has no account for, with
 * Salesforce's error, each a dead letter holding the whole order; running the same range again
 * changes no count and makes no second letter; once their payloads name a customer with an account,
 * replaying the letters loads those orders.
 */
class HistoricalOrderMigrationIT extends IntegrationSuite {

    private static final String JOB = "historical-order-migration";
    private static final Duration JOB_TIME = Duration.ofSeconds(180);
    private static final int ORDERS = 240;
    private static final int LINES_PER_ORDER = 3;
    private static final String RANGE = "\"from\":\"2019-01-01\",\"to\":\"2021-01-01\"";

    private final JobsApi jobs = new JobsApi(this::bridge);

    @Test
    void historyReachesSalesforceOnceWithTheOrdersOfUnknownCustomersSetAsideWithSalesforcesError() {
        // history customers are numbered from 1 in every plan; no other test of the suite gives customers 11
        // and 12 an account (the console's plan has ten customers)
        JsonObject plan = history("{\"seed\":11,\"orders\":" + ORDERS + ",\"linesPerOrder\":" + LINES_PER_ORDER
                + ",\"from\":\"2019-01-01\",\"to\":\"2021-01-01\",\"customers\":12,\"customersWithoutAccount\":2}");
        long firstId = Long.parseLong(plan.getString("firstId"));
        Set<String> accountless = new HashSet<>();
        int rejectedOrders = 0;
        for (int i = 0; i < ORDERS; i++) {
            JsonObject order = erpOrder(firstId + i);
            String customer = order.getJsonObject("entity").getString("id");
            if (!salesforceHasAccount(customer)) {
                accountless.add(customer);
                rejectedOrders++;
            }
        }
        assertEquals(2, accountless.size(), "the plan leaves two customers without an account: " + accountless);
        assertTrue(rejectedOrders > 0 && rejectedOrders < ORDERS, "some orders, not all, belong to them: " + rejectedOrders);
        int ordersBefore = count("Order");
        int linesBefore = count("OrderItem");

        JsonObject dryRun = jobs.awaitCompleted(jobs.start(JOB, "{" + RANGE + ",\"dryRun\":true,\"partitions\":3,\"chunkSize\":50}"),
                JOB_TIME);
        assertTrue(dryRun.getString("exitStatus").startsWith("DRY RUN: " + ORDERS + " orders and " + ORDERS * LINES_PER_ORDER
                + " lines would be loaded; nothing was written; sample: SO-H"), dryRun.toString());
        assertEquals(ordersBefore, count("Order"), "a dry run writes nothing");
        assertEquals(linesBefore, count("OrderItem"));
        JsonObject progress = dryRun.getJsonObject("progress");
        assertEquals(ORDERS, progress.getInt("estimatedTotal"), dryRun.toString());
        assertEquals(ORDERS, progress.getInt("done"), dryRun.toString());
        assertEquals(100, progress.getInt("percent"), dryRun.toString());

        long runId = jobs.start(JOB, "{" + RANGE + ",\"partitions\":3,\"chunkSize\":50,\"pageSize\":40}");
        JsonObject run = jobs.awaitCompleted(runId, JOB_TIME);
        int loaded = ORDERS - rejectedOrders;
        assertEquals(ordersBefore + loaded, count("Order"), run.toString());
        assertEquals(linesBefore + loaded * LINES_PER_ORDER, count("OrderItem"), run.toString());
        assertEquals("LOADED: " + loaded + " of " + ORDERS + " orders and " + loaded * LINES_PER_ORDER + " of "
                + ORDERS * LINES_PER_ORDER + " lines; Salesforce refused " + rejectedOrders + " orders ("
                + rejectedOrders * LINES_PER_ORDER + " lines not sent) and 0 lines", run.getString("exitStatus"));
        assertEquals(rejectedOrders, run.getJsonArray("steps").getJsonObject(0).getInt("rejected"), run.toString());
        JsonArray setAside = jobs.skipped(runId);
        assertEquals(rejectedOrders, setAside.size(), setAside.toString());
        for (JsonValue value : setAside) {
            JsonObject record = value.asJsonObject();
            assertEquals("rejected", record.getString("kind"), record.toString());
            assertTrue(record.getString("recordKey").startsWith("order SO-H"), record.toString());
            assertTrue(record.getString("reason").startsWith("INVALID_FIELD:Foreign key external ID: "), record.toString());
            assertTrue(accountless.stream().anyMatch(customer -> record.getString("reason").contains(customer)), record.toString());
        }

        for (long id : List.of(firstId, firstId + ORDERS / 2, firstId + ORDERS - 1)) {
            JsonObject erp = erpOrder(id);
            if (accountless.contains(erp.getJsonObject("entity").getString("id"))) {
                assertEquals(404, find("Order", "ERP_External_Id__c", Long.toString(id)).status());
                continue;
            }
            assertSameOrder(erp);
        }

        List<JsonObject> letters = historyLetters();
        assertEquals(rejectedOrders, letters.size(), "one dead letter per refused order: " + letters);
        for (JsonObject letter : letters) {
            assertEquals("salesforce", letter.getString("targetSystem"), letter.toString());
            assertTrue(letter.getString("reason").contains("INVALID_FIELD:Foreign key external ID: "), letter.toString());
            JsonObject payload = Json.createReader(new StringReader(letter.getString("payload"))).readObject();
            assertEquals(letter.getString("aggregateId"), payload.getString("erpId"), letter.toString());
            assertTrue(accountless.contains(payload.getString("customerErpId")), letter.toString());
            assertEquals(LINES_PER_ORDER, payload.getJsonArray("lines").size(), "the whole order, lines too: " + letter);
        }

        JsonObject again = jobs.awaitCompleted(jobs.start(JOB, "{" + RANGE + ",\"partitions\":2,\"chunkSize\":100}"), JOB_TIME);
        assertEquals(ordersBefore + loaded, count("Order"), "loading the range again makes no second order: " + again);
        assertEquals(linesBefore + loaded * LINES_PER_ORDER, count("OrderItem"), "nor a second line");
        assertEquals(rejectedOrders, jobs.skipped(again.getJsonNumber("executionId").longValue()).size());
        assertEquals(rejectedOrders, historyLetters().size(), "an order refused again keeps its one letter");

        JsonObject first = letters.get(0);
        Answer otherOrder = operator("PUT", "api/v1/admin/dead-letters/" + first.getJsonNumber("id") + "/payload",
                Json.createObjectBuilder().add("payload", first.getString("payload").replace(
                        "\"erpId\":\"" + first.getString("aggregateId") + "\"", "\"erpId\":\"1\""))
                        .add("comment", "wrong order").build().toString());
        assertEquals(400, otherOrder.status(), otherOrder.body());
        assertTrue(otherOrder.json().getString("detail").contains("/erpId must stay " + first.getString("aggregateId")),
                otherOrder.body());

        // each letter's payload corrected to a customer Salesforce has an account for (the accountless customers
        // stay so: other tests of the suite plan them too), then the letters replayed load the orders
        String knownCustomer = erpOrder(firstId + ORDERS - 1).getJsonObject("entity").getString("id");
        for (int i = 0; accountless.contains(knownCustomer); i++) {
            knownCustomer = erpOrder(firstId + i).getJsonObject("entity").getString("id");
        }
        for (JsonObject letter : letters) {
            JsonObject payload = Json.createReader(new StringReader(letter.getString("payload"))).readObject();
            String corrected = Json.createObjectBuilder(payload).add("customerErpId", knownCustomer).build().toString();
            Answer edited = operator("PUT", "api/v1/admin/dead-letters/" + letter.getJsonNumber("id") + "/payload",
                    Json.createObjectBuilder().add("payload", corrected).add("comment", "billed to the parent account")
                            .build().toString());
            assertEquals(200, edited.status(), edited.body());
        }
        JsonArrayBuilder ids = Json.createArrayBuilder();
        letters.forEach(letter -> ids.add(letter.getJsonNumber("id")));
        Answer replayed = operator("POST", "api/v1/admin/dead-letters/replay",
                Json.createObjectBuilder().add("ids", ids).build().toString());
        assertEquals(200, replayed.status(), replayed.body());
        for (JsonObject letter : letters) {
            String path = "api/v1/admin/dead-letters/" + letter.getJsonNumber("id");
            Eventually.await(() -> operator("GET", path, null).json().getJsonObject("letter"),
                    replayedLetter -> Set.of("DONE", "DEAD").contains(replayedLetter.getString("status")), JOB_TIME,
                    "replay of letter " + letter.getJsonNumber("id") + " finished");
            JsonObject replayedLetter = operator("GET", path, null).json().getJsonObject("letter");
            assertEquals("DONE", replayedLetter.getString("status"), replayedLetter.toString());
        }
        assertTrue(historyLetters().isEmpty());
        assertEquals(ordersBefore + ORDERS, count("Order"), "every refused order loaded once by its replay");
        assertEquals(linesBefore + ORDERS * LINES_PER_ORDER, count("OrderItem"));
        Answer replayedOrder = find("Order", "ERP_External_Id__c", first.getString("aggregateId"));
        assertEquals(200, replayedOrder.status(), replayedOrder.body());
        assertEquals(find("Account", "ERP_Customer_Id__c", knownCustomer).json().getString("Id"),
                replayedOrder.json().getString("AccountId"), "the order as the operator corrected it");
    }

    /** The open dead letters of the migration's refused orders. */
    private List<JsonObject> historyLetters() {
        Answer answer = operator("GET", "api/v1/admin/dead-letters?system=salesforce&limit=1000", null);
        assertEquals(200, answer.status(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(letter -> letter.getString("action").equals("history-order.load"))
                .filter(letter -> letter.getString("status").equals("DEAD")).toList();
    }

    private Answer operator(String method, String path, String body) {
        return new AdminApi(this::bridge).call(method, path, body);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedAsAProblem() {
        Answer refused = jobs.post("api/v1/admin/jobs/" + JOB + "/executions", "{\"from\":\"2021-01-01\",\"to\":\"2020-01-01\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("invalid-job-parameter", refused.json().getString("code"));
        assertTrue(refused.json().getString("detail").contains("2020-01-01"), refused.body());
        Answer notADate = jobs.post("api/v1/admin/jobs/" + JOB + "/executions", "{\"from\":\"last year\"}");
        assertEquals(400, notADate.status(), notADate.body());
        assertEquals("from is a date written yyyy-mm-dd, not 'last year'.", notADate.json().getString("detail"));
    }

    /** The Salesforce order and its lines hold what NetSuite has, field by field. */
    private void assertSameOrder(JsonObject erp) {
        Answer found = find("Order", "ERP_External_Id__c", erp.getString("id"));
        assertEquals(200, found.status(), found.body());
        JsonObject order = found.json();
        assertEquals(erp.getString("trandate"), order.getString("EffectiveDate"));
        assertEquals("Draft", order.getString("Status"));
        assertEquals(erp.getString("tranid"), order.getString("ERP_Order_Number__c"));
        assertEquals(erp.getJsonObject("status").getString("refName"), order.getString("ERP_Status__c"));
        assertEquals("Synced", order.getString("ERP_Sync_Status__c"));
        assertEquals(erp.getString("otherrefnum"), order.getString("PoNumber"));
        assertEquals(erp.getJsonObject("currency").getString("refName"), order.getString("CurrencyIsoCode"));
        Answer account = find("Account", "ERP_Customer_Id__c", erp.getJsonObject("entity").getString("id"));
        assertEquals(account.json().getString("Id"), order.getString("AccountId"));
        for (JsonValue value : erp.getJsonArray("lines")) {
            JsonObject line = value.asJsonObject();
            Answer item = find("OrderItem", "ERP_Line_Id__c", line.get("uniquekey").toString().replace("\"", ""));
            assertEquals(200, item.status(), item.body());
            assertEquals(order.getString("Id"), item.json().getString("OrderId"));
            assertEquals(line.getJsonObject("item").getString("refName"), item.json().getString("ProductCode"));
            assertEquals(0, decimal(line, "quantity").compareTo(decimal(item.json(), "Quantity")), item.body());
            assertEquals(0, decimal(line, "rate").compareTo(decimal(item.json(), "UnitPrice")), item.body());
        }
    }

    private JsonObject history(String plan) {
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/history"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(plan)));
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private JsonObject erpOrder(long id) {
        Answer answer = HttpCalls.get(sandbox("api/netsuite/history/orders/" + id), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private boolean salesforceHasAccount(String customerId) {
        return find("Account", "ERP_Customer_Id__c", customerId).status() == 200;
    }

    private Answer find(String sObject, String field, String externalId) {
        return HttpCalls.get(sandbox("api/salesforce/records/" + sObject + "?field=" + field + "&externalId=" + externalId), null);
    }

    private int count(String sObject) {
        return HttpCalls.get(sandbox("api/salesforce/records/" + sObject + "?limit=0"), null).json().getInt("count");
    }

    private static BigDecimal decimal(JsonObject record, String field) {
        JsonValue value = record.get(field);
        return value instanceof jakarta.json.JsonNumber number ? number.bigDecimalValue()
                : new BigDecimal(((jakarta.json.JsonString) value).getString());
    }
}
