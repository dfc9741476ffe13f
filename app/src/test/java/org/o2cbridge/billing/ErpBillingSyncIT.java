package org.o2cbridge.billing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.SyncedOrders;
import org.o2cbridge.testing.TestDatabase;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invoice-payment-sync job run for SAP S/4HANA ({@code erp=sap}) and for Dynamics 365
 * ({@code erp=d365}): orders synced to the ERP, billing documents generated for them in the
 * simulator, and the job brings exactly the linked ones to Salesforce as {@code Invoice__c}, each
 * on its Order and Account, and the ERP's customer payments of them (SAP's payment documents,
 * D365's lines of posted customer payment journals) as {@code Payment__c} on their invoices, each
 * with its customer's Account; a payment on account (applied to no invoice) reaches Salesforce with
 * its customer's Account and no invoice, unless the bridge knows no Account of its customer, when
 * it is skipped with the reason; the run moves only that ERP's watermark, and a second run adds
 * nothing.
 */
class ErpBillingSyncIT extends IntegrationSuite {

    private static final String JOB = "invoice-payment-sync";
    private static final String SAP_LEGAL_ENTITY = "DE01";
    private static final String D365_LEGAL_ENTITY = "USMF";
    private static final Duration SYNC_TIME = Duration.ofSeconds(90);

    private final SyncedOrders orders = new SyncedOrders(this::sandbox, SYNC_TIME);
    private static final Duration JOB_TIME = Duration.ofSeconds(120);

    private final AdminApi admin = new AdminApi(this::bridge);
    /** The control API's answer to the last history generated. */
    private JsonObject generated;

    @BeforeEach
    void routeTheLegalEntities() {
        admin.map("routing", "legal-entity", SAP_LEGAL_ENTITY, "sap");
        admin.map("routing", "legal-entity", D365_LEGAL_ENTITY, "d365");
        admin.map("d365", "legal-entity", D365_LEGAL_ENTITY, "usmf");
    }

    @Test
    void sapInvoicesCreditMemosAndPaymentsReachSalesforceOnce() {
        String first = orders.synced(uniquely("SAP Billing One"), SAP_LEGAL_ENTITY);
        String second = orders.synced(uniquely("SAP Billing Two"), SAP_LEGAL_ENTITY);
        Map<String, String> sfOrderBySalesOrder = Map.of(sapSalesOrder(first), first, sapSalesOrder(second), second);
        Instant netSuiteBefore = watermark("netsuite");
        JsonArray documents = generate("api/sap/billing", "documents", d -> sapInstant(d.getString("LastChangeDateTime")),
                true, first, second);
        List<JsonObject> linked = documents.stream().map(JsonValue::asJsonObject)
                .filter(d -> sfOrderBySalesOrder.containsKey(salesDocument(d))).toList();
        assertEquals(documents.size() - 1, linked.size(), "one invoice of an order SAP holds for no Salesforce order");
        List<JsonObject> allPayments = generated.getJsonArray("payments").stream().map(JsonValue::asJsonObject).toList();
        List<JsonObject> payments = allPayments.stream().filter(p -> !p.getString("InvoiceReference").isEmpty()).toList();
        List<JsonObject> onAccount = allPayments.stream().filter(p -> p.getString("InvoiceReference").isEmpty()).toList();
        JsonObject firstSalesOrder = sapSalesOrderRecord(first);
        JsonObject firstOrder = HttpCalls.get(sandbox("api/salesforce/orders/" + first), null).json();
        Map<String, String> accountBySoldTo = Map.of(firstSalesOrder.getString("SoldToParty"),
                firstOrder.getString("AccountId"), sapSalesOrderRecord(second).getString("SoldToParty"),
                HttpCalls.get(sandbox("api/salesforce/orders/" + second), null).json().getString("AccountId"));
        JsonObject unknownCustomer = onAccount.stream().filter(p -> p.getString("Customer").equals("39000000"))
                .findFirst().orElseThrow(() -> new AssertionError("no payment on account of the unlinked customer: "
                        + onAccount));
        JsonObject knownCustomer = onAccount.stream()
                .filter(p -> p.getString("Customer").equals(firstSalesOrder.getString("SoldToParty"))).findFirst()
                .orElseThrow(() -> new AssertionError("no payment on account of " + firstSalesOrder + ": " + onAccount));
        assertEquals(3, onAccount.size(), "one of each order's customer and one of the unlinked one: " + onAccount);
        assertTrue(payments.stream().anyMatch(p -> p.getString("ClearingAccountingDocument").isEmpty())
                && payments.stream().anyMatch(p -> !p.getString("ClearingAccountingDocument").isEmpty()),
                "payments in full and in part: " + payments);
        int before = count("Invoice__c");
        int paymentsBefore = count("Payment__c");

        JsonObject run = awaitCompleted(start("{\"erp\":\"sap\",\"chunkSize\":3,\"pageSize\":4}"));

        assertEquals(before + linked.size(), count("Invoice__c"));
        assertEquals(paymentsBefore + payments.size() + onAccount.size() - 1, count("Payment__c"),
                "every payment of a linked invoice, and those on account of a known customer");
        JsonObject metrics = run.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics");
        assertEquals(documents.size() + allPayments.size(), metrics.getInt("read"), run.toString());
        assertEquals(2, metrics.getInt("processSkip"), "the unlinked invoice, the unknown customer's payment: " + run);
        assertEquals(linked.size() + allPayments.size() - 1, metrics.getInt("write"), run.toString());
        JsonObject storedOnAccount = salesforceRecord("Payment__c", "ERP_Payment_Id__c", sapPaymentId(knownCustomer));
        assertEquals(firstOrder.getString("AccountId"), storedOnAccount.getString("Account__c"), "the customer who paid");
        assertTrue(noInvoice(storedOnAccount), "on account, on no invoice: " + storedOnAccount);
        assertEquals(0, new BigDecimal("25.00").compareTo(number(storedOnAccount, "Amount__c")));
        assertEquals(404, HttpCalls.get(sandbox("api/salesforce/records/Payment__c?field=ERP_Payment_Id__c&externalId="
                + sapPaymentId(unknownCustomer)), null).status(), "no Account of its customer, no invoice: not stored");
        List<JsonObject> setAside = skipped(run);
        JsonObject unplaced = setAside.stream().filter(r -> r.getString("recordKey").equals("payment "
                + sapPaymentId(unknownCustomer))).findFirst().orElseThrow(() -> new AssertionError(setAside.toString()));
        assertEquals("skipped", unplaced.getString("kind"));
        assertTrue(unplaced.getString("reason").contains("applied to no invoice")
                && unplaced.getString("reason").contains("39000000"), unplaced.toString());
        JsonObject partial = payments.stream().filter(p -> p.getString("ClearingAccountingDocument").isEmpty())
                .findFirst().orElseThrow();
        String paymentId = sapPaymentId(partial);
        JsonObject storedPayment = salesforceRecord("Payment__c", "ERP_Payment_Id__c", paymentId);
        JsonObject paidInvoice = salesforceRecord("Invoice__c", "ERP_Invoice_Id__c", partial.getString("InvoiceReference"));
        assertEquals(partial.getString("AccountingDocument"), storedPayment.getString("Name"));
        assertEquals(paidInvoice.getString("Id"), storedPayment.getString("Invoice__c"), "on the invoice it pays");
        assertEquals(0, new BigDecimal(partial.getString("AmountInTransactionCurrency")).negate()
                .compareTo(number(storedPayment, "Amount__c")), "SAP's credit to the customer, positive");
        assertEquals(LocalDate.ofInstant(sapInstant(partial.getString("PostingDate")), ZoneOffset.UTC).toString(),
                storedPayment.getString("Payment_Date__c"));
        assertEquals("Other", storedPayment.getString("Payment_Method__c"));
        for (JsonObject payment : payments) {
            assertEquals(accountBySoldTo.get(payment.getString("Customer")), salesforceRecord("Payment__c",
                    "ERP_Payment_Id__c", sapPaymentId(payment)).getString("Account__c"),
                    "a payment of an invoice carries its customer's Account too: " + payment);
        }
        for (String type : Set.of("F2", "G2")) {
            JsonObject sample = linked.stream().filter(d -> d.getString("BillingDocumentType").equals(type)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type + " in " + documents));
            JsonObject stored = salesforceRecord("Invoice__c", "ERP_Invoice_Id__c", sample.getString("BillingDocument"));
            String sfOrder = sfOrderBySalesOrder.get(salesDocument(sample));
            JsonObject order = HttpCalls.get(sandbox("api/salesforce/orders/" + sfOrder), null).json();
            assertEquals(sample.getString("BillingDocument"), stored.getString("Name"));
            assertEquals(sfOrder, stored.getString("Order__c"));
            assertEquals(order.getString("AccountId"), stored.getString("Account__c"));
            BigDecimal amount = new BigDecimal(sample.getString("TotalGrossAmount"));
            assertEquals(0, (type.equals("G2") ? amount.negate() : amount).compareTo(number(stored, "Amount__c")),
                    "a credit memo's amount is negative in Salesforce");
            assertEquals(sample.getString("TransactionCurrency"), stored.getString("Currency_Code__c"));
            String clearing = sample.getString("InvoiceClearingStatus");
            assertEquals(clearing.equals("C") ? "Paid" : clearing.equals("B") ? "Partially Paid" : "Open",
                    stored.getString("Status__c"));
        }
        Instant last = sapInstant(documents.getJsonObject(documents.size() - 1).getString("LastChangeDateTime"));
        assertEquals(last, watermark("sap"), "SAP's watermark reaches its last change");
        assertEquals(netSuiteBefore, watermark("netsuite"), "NetSuite's watermark stays where it was");

        JsonObject again = awaitCompleted(start("{\"erp\":\"sap\"}"));
        JsonObject secondMetrics = again.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics");
        assertEquals(allPayments.size(), secondMetrics.getInt("read"),
                "no document again, the payments of the watermark's day and the day before again: " + again);
        assertEquals(before + linked.size(), count("Invoice__c"));
        assertEquals(paymentsBefore + payments.size() + onAccount.size() - 1, count("Payment__c"),
                "payments read again add none");
        assertTrue(noInvoice(salesforceRecord("Payment__c", "ERP_Payment_Id__c", sapPaymentId(knownCustomer))),
                "still on account");
        assertEquals(paidInvoice.getString("Id"), salesforceRecord("Payment__c", "ERP_Payment_Id__c", paymentId)
                .getString("Invoice__c"));
        assertEquals(last, watermark("sap"), "a second run leaves SAP's watermark where it was");
    }

    @Test
    void d365InvoicesCreditNotesAndPaymentsReachSalesforceOnceOnTheirOrders() {
        String first = orders.synced(uniquely("D365 Billing One"), D365_LEGAL_ENTITY);
        String second = orders.synced(uniquely("D365 Billing Two"), D365_LEGAL_ENTITY);
        Map<String, String> sfOrderBySalesOrder = Map.of(d365SalesOrder(first), first, d365SalesOrder(second), second);
        Instant netSuiteBefore = watermark("netsuite");
        Instant sapBefore = watermark("sap");
        JsonArray invoices = generate("api/d365/billing", "invoices", d -> Instant.parse(d.getString("InvoiceDate")),
                false, first, second);
        List<JsonObject> linked = invoices.stream().map(JsonValue::asJsonObject)
                .filter(i -> sfOrderBySalesOrder.containsKey(i.getString("SalesOrderNumber"))).toList();
        assertEquals(invoices.size() - 1, linked.size(), "one invoice of an order D365 holds for no Salesforce order");
        Set<String> linkedIds = linked.stream().map(i -> i.getString("dataAreaId") + ":" + i.getString("InvoiceNumber"))
                .collect(java.util.stream.Collectors.toSet());
        Set<String> posted = generated.getJsonArray("paymentJournals").stream().map(JsonValue::asJsonObject)
                .filter(j -> j.getString("IsPosted").equals("Yes")).map(j -> j.getString("JournalBatchNumber"))
                .collect(java.util.stream.Collectors.toSet());
        JsonArray lines = generated.getJsonArray("payments");
        List<JsonObject> payments = lines.stream().map(JsonValue::asJsonObject)
                .filter(l -> posted.contains(l.getString("JournalBatchNumber")))
                .filter(l -> linkedIds.contains(l.getString("MarkedInvoiceCompany") + ":" + l.getString("MarkedInvoice")))
                .toList();
        assertTrue(!payments.isEmpty(), "some linked invoice is paid: " + lines);
        List<JsonObject> onAccount = lines.stream().map(JsonValue::asJsonObject)
                .filter(l -> posted.contains(l.getString("JournalBatchNumber")))
                .filter(l -> l.getString("MarkedInvoice").isEmpty()).toList();
        assertEquals(1, onAccount.size(), "the simulator's payment on account: " + lines);
        JsonObject unapplied = onAccount.get(0);
        JsonObject billedCustomer = linked.stream()
                .filter(i -> i.getString("InvoiceCustomerAccountNumber", "").equals(unapplied.getString("AccountDisplayValue")))
                .findFirst().orElseThrow(() -> new AssertionError("no linked invoice of " + unapplied));
        String customerAccount = HttpCalls.get(sandbox("api/salesforce/orders/"
                + sfOrderBySalesOrder.get(billedCustomer.getString("SalesOrderNumber"))), null).json().getString("AccountId");
        JsonObject draft = lines.stream().map(JsonValue::asJsonObject)
                .filter(l -> !posted.contains(l.getString("JournalBatchNumber"))).findFirst()
                .orElseThrow(() -> new AssertionError("no line of an unposted journal in " + lines));
        int before = count("Invoice__c");
        int paymentsBefore = count("Payment__c");

        JsonObject run = awaitCompleted(start("{\"erp\":\"d365\",\"chunkSize\":3,\"pageSize\":4}"));

        assertEquals(before + linked.size(), count("Invoice__c"));
        assertEquals(paymentsBefore + payments.size() + onAccount.size(), count("Payment__c"),
                "every payment of a posted journal marking a linked invoice, and the one on account");
        JsonObject metrics = run.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics");
        assertTrue(metrics.getInt("read") >= invoices.size() + payments.size() + 1, run.toString());
        assertTrue(metrics.getInt("processSkip") >= 1, "the unlinked invoice: " + run);
        String unappliedId = d365PaymentId(unapplied);
        assertTrue(skipped(run).stream().noneMatch(r -> r.getString("recordKey").equals("payment " + unappliedId)),
                "the payment on account is not skipped: " + skipped(run));
        JsonObject storedOnAccount = salesforceRecord("Payment__c", "ERP_Payment_Id__c", unappliedId);
        assertEquals(customerAccount, storedOnAccount.getString("Account__c"),
                "the customer account, found as D365's customers are keyed: " + storedOnAccount);
        assertTrue(noInvoice(storedOnAccount), "on account, on no invoice: " + storedOnAccount);
        assertEquals(unapplied.getString("Voucher"), storedOnAccount.getString("Name"));
        assertEquals(0, unapplied.getJsonNumber("CreditAmount").bigDecimalValue()
                .compareTo(number(storedOnAccount, "Amount__c")));
        JsonObject paid = payments.get(0);
        String paymentId = d365PaymentId(paid);
        JsonObject storedPayment = salesforceRecord("Payment__c", "ERP_Payment_Id__c", paymentId);
        JsonObject paidInvoice = salesforceRecord("Invoice__c", "ERP_Invoice_Id__c",
                paid.getString("MarkedInvoiceCompany") + ":" + paid.getString("MarkedInvoice"));
        assertEquals(paid.getString("Voucher"), storedPayment.getString("Name"));
        assertEquals(paidInvoice.getString("Id"), storedPayment.getString("Invoice__c"), "on the invoice it settles");
        assertEquals(paidInvoice.getString("Account__c"), storedPayment.getString("Account__c"),
                "with the Account of its customer, the invoice's");
        assertEquals(0, paid.getJsonNumber("CreditAmount").bigDecimalValue().compareTo(number(storedPayment, "Amount__c")));
        assertEquals(paid.getString("TransactionDate").substring(0, 10), storedPayment.getString("Payment_Date__c"));
        String draftId = d365PaymentId(draft);
        assertEquals(404, HttpCalls.get(sandbox("api/salesforce/records/Payment__c?field=ERP_Payment_Id__c&externalId="
                + draftId), null).status(), "a payment of a journal not posted is not read");
        for (boolean credit : List.of(false, true)) {
            JsonObject sample = linked.stream()
                    .filter(i -> (i.getJsonNumber("TotalInvoiceAmount").bigDecimalValue().signum() < 0) == credit)
                    .findFirst().orElseThrow(() -> new AssertionError("no " + (credit ? "credit note" : "invoice")
                            + " in " + invoices));
            String key = sample.getString("dataAreaId") + ":" + sample.getString("InvoiceNumber");
            JsonObject stored = salesforceRecord("Invoice__c", "ERP_Invoice_Id__c", key);
            String sfOrder = sfOrderBySalesOrder.get(sample.getString("SalesOrderNumber"));
            JsonObject order = HttpCalls.get(sandbox("api/salesforce/orders/" + sfOrder), null).json();
            assertEquals(sample.getString("InvoiceNumber"), stored.getString("Name"));
            assertEquals(sfOrder, stored.getString("Order__c"));
            assertEquals(order.getString("AccountId"), stored.getString("Account__c"));
            assertEquals(0, sample.getJsonNumber("TotalInvoiceAmount").bigDecimalValue()
                    .compareTo(number(stored, "Amount__c")));
            assertEquals(sample.getString("CurrencyCode"), stored.getString("Currency_Code__c"));
        }
        Instant lastDay = Instant.parse(invoices.getJsonObject(invoices.size() - 1).getString("InvoiceDate"));
        assertEquals(lastDay, watermark("d365"), "D365's watermark reaches the day of its last invoice");
        assertEquals(netSuiteBefore, watermark("netsuite"), "NetSuite's watermark stays where it was");
        assertEquals(sapBefore, watermark("sap"), "SAP's watermark stays where it was");

        awaitCompleted(start("{\"erp\":\"d365\"}"));
        assertEquals(before + linked.size(), count("Invoice__c"), "a second run re-reads the last day, adds nothing");
        assertEquals(paymentsBefore + payments.size() + onAccount.size(), count("Payment__c"),
                "payments read again add none");
        assertEquals(paidInvoice.getString("Id"), salesforceRecord("Payment__c", "ERP_Payment_Id__c", paymentId)
                .getString("Invoice__c"), "still on its invoice");
        assertTrue(noInvoice(salesforceRecord("Payment__c", "ERP_Payment_Id__c", unappliedId)),
                "still on account");
    }

    /** An account name no earlier run of the suite has used. */
    private static String uniquely(String accountName) {
        return accountName + " " + System.nanoTime();
    }

    private String sapSalesOrder(String sfOrderId) {
        return sapSalesOrderRecord(sfOrderId).getString("SalesOrder");
    }

    private JsonObject sapSalesOrderRecord(String sfOrderId) {
        Answer answer = HttpCalls.get(sandbox("api/sap/records/SalesOrder?externalKey=" + sfOrderId), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    /** The bridge's id of an SAP payment, its customer item's key. */
    private static String sapPaymentId(JsonObject item) {
        return String.join("/", item.getString("CompanyCode"), item.getString("FiscalYear"),
                item.getString("AccountingDocument"), item.getString("AccountingDocumentItem"));
    }

    /** The bridge's id of a D365 payment, its journal line's key in its company. */
    private static String d365PaymentId(JsonObject line) {
        return line.getString("dataAreaId") + ":" + line.getString("JournalBatchNumber") + "/" + line.getInt("LineNumber");
    }

    /** The records the execution skipped or Salesforce refused. */
    private List<JsonObject> skipped(JsonObject execution) {
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/jobs/executions/"
                + execution.getJsonNumber("executionId") + "/skipped")).header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, answer.status(), answer.body());
        try (var reader = Json.createReader(new java.io.StringReader(answer.body()))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).toList();
        }
    }

    private String d365SalesOrder(String sfOrderId) {
        Answer answer = HttpCalls.get(sandbox("api/d365/records/SalesOrderHeadersV2?customersOrderReference="
                + sfOrderId), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getString("SalesOrderNumber");
    }

    /** OData v2's {@code /Date(ms+0000)/}. */
    private static Instant sapInstant(String text) {
        java.util.regex.Matcher date = java.util.regex.Pattern.compile("/Date\\((\\d+)(?:[+-]\\d{4})?\\)/").matcher(text);
        assertTrue(date.matches(), text);
        return Instant.ofEpochMilli(Long.parseLong(date.group(1)));
    }

    private static String salesDocument(JsonObject document) {
        return document.getJsonObject("to_Item").getJsonArray("results").getJsonObject(0).getString("SalesDocument");
    }

    /**
     * Replaces the ERP's billing history: two invoices per order, half of them paid, half credited,
     * and one invoice of an order the ERP holds for no Salesforce order (with {@code paymentsOnAccount},
     * SAP's plan option, a payment on account of each customer besides); its changes start after
     * every change generated before, so they lie after the job's watermark for the ERP.
     */
    private JsonArray generate(String control, String listName, Function<JsonObject, Instant> changed,
                               boolean paymentsOnAccount, String... orders) {
        JsonObject current = HttpCalls.get(sandbox(control + "?limit=1000000"), null).json();
        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (JsonValue document : current.getJsonArray(listName)) {
            Instant at = changed.apply(document.asJsonObject());
            since = at.isAfter(since) ? at : since;
        }
        var named = Json.createArrayBuilder();
        for (String order : orders) {
            named.add(order);
        }
        JsonObjectBuilder plan = Json.createObjectBuilder().add("seed", 20261201).add("invoicesPerOrder", 2)
                .add("paidShare", 0.5).add("creditShare", 0.5).add("unlinkedInvoices", 1).add("orders", named)
                .add("since", since.plusSeconds(60).toString());
        if (paymentsOnAccount) {
            plan.add("paymentsOnAccount", true);
        }
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox(control)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(plan.build().toString())));
        assertEquals(200, answer.status(), answer.body());
        generated = answer.json();
        return generated.getJsonArray(listName);
    }

    /** The job's watermark for the ERP; null before its first committed chunk. */
    private static Instant watermark(String system) {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement s = c.prepareStatement(
                "select watermark from job_watermark where job_name = ? and erp_system = ?")) {
            s.setString(1, JOB);
            s.setString(2, system);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                Timestamp at = rows.getTimestamp(1);
                return at == null ? null : at.toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long start(String parameters) {
        Answer started = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/jobs/" + JOB + "/executions"))
                .header("Authorization", AdminApi.operator()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(parameters)));
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonNumber("executionId").longValue();
    }

    private JsonObject awaitCompleted(long executionId) {
        JsonObject done = Eventually.await(() -> HttpCalls.send(HttpRequest.newBuilder(
                        bridge("api/v1/admin/jobs/executions/" + executionId))
                        .header("Authorization", AdminApi.operator()).GET()).json(),
                execution -> Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(execution.getString("batchStatus")),
                JOB_TIME, "execution " + executionId + " ended");
        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
        return done;
    }

    private int count(String sObject) {
        return HttpCalls.get(sandbox("api/salesforce/records/" + sObject + "?limit=0"), null).json().getInt("count");
    }

    private JsonObject salesforceRecord(String sObject, String field, String externalId) {
        Answer answer = HttpCalls.get(sandbox("api/salesforce/records/" + sObject + "?field=" + field
                + "&externalId=" + externalId), null);
        assertEquals(200, answer.status(), answer.body());
        assertNotNull(answer.json());
        return answer.json();
    }

    /** Whether a stored payment is on no invoice. */
    private static boolean noInvoice(JsonObject payment) {
        return !payment.containsKey("Invoice__c") || payment.isNull("Invoice__c");
    }

    private static BigDecimal number(JsonObject record, String field) {
        return record.getJsonNumber(field).bigDecimalValue();
    }
}
