package org.o2cbridge.history;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.JobsApi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The historical-order-migration job reads SAP S/4HANA's ({@code erp=sap}, {@code A_SalesOrder} of
 * {@code API_SALES_ORDER_SRV}) and Dynamics 365's ({@code erp=d365}, {@code SalesOrderHeadersV2} and
 * {@code SalesOrderLines}) sales-order history from the simulators and loads it into the simulated
 * Salesforce: the run completes with every order and line loaded once, counted for progress
 * beforehand, orders compared field by field with the ERP's; running the range again adds nothing.
 */
class HistoricalOrderMigrationSapD365IT extends IntegrationSuite {

    private static final String JOB = "historical-order-migration";
    private static final java.time.Duration JOB_TIME = java.time.Duration.ofSeconds(180);
    private static final int ORDERS = 150;
    private static final int LINES_PER_ORDER = 2;
    private static final String RANGE = "\"from\":\"2018-01-01\",\"to\":\"2020-01-01\"";
    private static final String PLAN = ",\"orders\":" + ORDERS + ",\"linesPerOrder\":" + LINES_PER_ORDER
            + ",\"from\":\"2018-01-01\",\"to\":\"2020-01-01\",\"customers\":8,\"customersWithoutAccount\":0}";
    private static final Pattern V2_DATE = Pattern.compile("/Date\\((\\d+)\\)/");

    private final JobsApi jobs = new JobsApi(this::bridge);

    @Test
    void sapHistoryReachesSalesforceOnce() {
        JsonObject plan = plan("sap", "{\"seed\":21" + PLAN);
        assertEquals(ORDERS, plan.getInt("orders"), plan.toString());
        int ordersBefore = count("Order");
        int linesBefore = count("OrderItem");

        JsonObject run = jobs.awaitCompleted(jobs.start(JOB, "{\"erp\":\"sap\"," + RANGE
                + ",\"partitions\":3,\"chunkSize\":40,\"pageSize\":25}"), JOB_TIME);
        assertEquals(ordersBefore + ORDERS, count("Order"), run.toString());
        assertEquals(linesBefore + ORDERS * LINES_PER_ORDER, count("OrderItem"), run.toString());
        assertEquals(ORDERS, run.getJsonObject("progress").getInt("estimatedTotal"), "counted by $inlinecount: " + run);
        assertTrue(run.getString("exitStatus").startsWith("LOADED: " + ORDERS + " of " + ORDERS + " orders"), run.toString());

        String first = plan.getString("firstSalesOrder");
        String last = plan.getString("lastSalesOrder");
        for (String number : List.of(first, Long.toString(Long.parseLong(first) + ORDERS / 2), last)) {
            assertSameSapOrder(erp("sap", number));
        }

        JsonObject again = jobs.awaitCompleted(jobs.start(JOB, "{\"erp\":\"sap\"," + RANGE + ",\"partitions\":2}"), JOB_TIME);
        assertEquals(ordersBefore + ORDERS, count("Order"), "a rerun makes no second order: " + again);
        assertEquals(linesBefore + ORDERS * LINES_PER_ORDER, count("OrderItem"), "nor a second line");
    }

    @Test
    void d365HistoryReachesSalesforceOnce() {
        JsonObject plan = plan("d365", "{\"seed\":22,\"company\":\"usmf\"" + PLAN);
        assertEquals(ORDERS, plan.getInt("orders"), plan.toString());
        int ordersBefore = count("Order");
        int linesBefore = count("OrderItem");

        JsonObject run = jobs.awaitCompleted(jobs.start(JOB, "{\"erp\":\"d365\"," + RANGE
                + ",\"partitions\":2,\"chunkSize\":60,\"pageSize\":30}"), JOB_TIME);
        assertEquals(ordersBefore + ORDERS, count("Order"), run.toString());
        assertEquals(linesBefore + ORDERS * LINES_PER_ORDER, count("OrderItem"), run.toString());
        assertEquals(ORDERS, run.getJsonObject("progress").getInt("estimatedTotal"), "counted by $count: " + run);

        for (String number : List.of(plan.getString("firstSalesOrderNumber"), plan.getString("lastSalesOrderNumber"))) {
            assertSameD365Order(erp("d365", number));
        }

        JsonObject again = jobs.awaitCompleted(jobs.start(JOB, "{\"erp\":\"d365\"," + RANGE + "}"), JOB_TIME);
        assertEquals(ordersBefore + ORDERS, count("Order"), "a rerun makes no second order: " + again);
        assertEquals(linesBefore + ORDERS * LINES_PER_ORDER, count("OrderItem"), "nor a second line");
    }

    /** The Salesforce order and its lines hold what SAP's A_SalesOrder shows, field by field. */
    private void assertSameSapOrder(JsonObject erp) {
        String number = erp.getString("SalesOrder");
        JsonObject order = found("Order", "ERP_External_Id__c", number);
        Matcher date = V2_DATE.matcher(erp.getString("SalesOrderDate"));
        assertTrue(date.matches(), erp.toString());
        assertEquals(Instant.ofEpochMilli(Long.parseLong(date.group(1))).atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                order.getString("EffectiveDate"));
        assertEquals("Draft", order.getString("Status"));
        assertEquals(number, order.getString("ERP_Order_Number__c"));
        assertEquals(switch (erp.getString("OverallSDProcessStatus")) {
            case "B" -> "In Process";
            case "C" -> "Completed";
            default -> "Open";
        }, order.getString("ERP_Status__c"));
        assertEquals("Synced", order.getString("ERP_Sync_Status__c"));
        assertEquals(erp.getString("PurchaseOrderByCustomer"), order.getString("PoNumber"));
        assertEquals(erp.getString("TransactionCurrency"), order.getString("CurrencyIsoCode"));
        assertEquals(found("Account", "ERP_Customer_Id__c", erp.getString("SoldToParty")).getString("Id"),
                order.getString("AccountId"));
        List<JsonObject> items = erp.getJsonObject("to_Item").getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(LINES_PER_ORDER, items.size());
        for (JsonObject item : items) {
            JsonObject line = found("OrderItem", "ERP_Line_Id__c", number + "/" + item.getString("SalesOrderItem"));
            assertEquals(order.getString("Id"), line.getString("OrderId"));
            assertEquals(item.getString("Material"), line.getString("ProductCode"));
            BigDecimal quantity = new BigDecimal(item.getString("RequestedQuantity"));
            assertEquals(0, quantity.compareTo(decimal(line, "Quantity")), line.toString());
            assertEquals(0, new BigDecimal(item.getString("NetAmount")).divide(quantity, 6, RoundingMode.HALF_UP)
                    .compareTo(decimal(line, "UnitPrice")), line.toString());
        }
    }

    /** The Salesforce order and its lines hold what D365's SalesOrderHeadersV2 and SalesOrderLines show. */
    private void assertSameD365Order(JsonObject erp) {
        String company = erp.getString("dataAreaId");
        String number = erp.getString("SalesOrderNumber");
        JsonObject order = found("Order", "ERP_External_Id__c", company + ":" + number);
        assertEquals(erp.getString("RequestedShippingDate").substring(0, 10), order.getString("EffectiveDate"));
        assertEquals("Draft", order.getString("Status"));
        assertEquals(number, order.getString("ERP_Order_Number__c"));
        assertEquals(erp.getString("SalesOrderStatus"), order.getString("ERP_Status__c"));
        assertEquals(erp.getString("CustomerRequisitionNumber"), order.getString("PoNumber"));
        assertEquals(erp.getString("CurrencyCode"), order.getString("CurrencyIsoCode"));
        assertEquals(found("Account", "ERP_Customer_Id__c", company + ":" + erp.getString("OrderingCustomerAccountNumber"))
                .getString("Id"), order.getString("AccountId"));
        List<JsonObject> lines = erp.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(LINES_PER_ORDER, lines.size());
        for (JsonObject erpLine : lines) {
            JsonObject line = found("OrderItem", "ERP_Line_Id__c", company + ":" + erpLine.getString("InventoryLotId"));
            assertEquals(order.getString("Id"), line.getString("OrderId"));
            assertEquals(erpLine.getString("ItemNumber"), line.getString("ProductCode"));
            assertEquals(0, decimal(erpLine, "OrderedSalesQuantity").compareTo(decimal(line, "Quantity")), line.toString());
            assertEquals(0, decimal(erpLine, "SalesPrice").compareTo(decimal(line, "UnitPrice")), line.toString());
        }
    }

    private JsonObject plan(String system, String plan) {
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/" + system + "/history"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(plan)));
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private JsonObject erp(String system, String number) {
        Answer answer = HttpCalls.get(sandbox("api/" + system + "/history/orders/" + number), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private JsonObject found(String sObject, String field, String externalId) {
        Answer answer = HttpCalls.get(sandbox("api/salesforce/records/" + sObject + "?field=" + field + "&externalId="
                + URLEncoder.encode(externalId, StandardCharsets.UTF_8)), null);
        assertEquals(200, answer.status(), sObject + " " + externalId + ": " + answer.body());
        return answer.json();
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
