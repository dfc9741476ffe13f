package org.o2cbridge.sandbox.sap.billing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.billing.BillingPlan;
import org.o2cbridge.sandbox.sap.SapApiException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SapBillingHistoryTest {

    private static final Instant SINCE = Instant.parse("2026-02-01T00:00:00Z");

    private static JsonObject salesOrder(String number, String soldTo) {
        return Json.createObjectBuilder().add("SalesOrder", number).add("SoldToParty", soldTo)
                .add("TransactionCurrency", "EUR").add("TotalNetAmount", new BigDecimal("200.00")).build();
    }

    private final List<JsonObject> orders = List.of(salesOrder("4000002", "17100002"), salesOrder("4000001", "17100001"));

    @Test
    void theSamePlanGivesTheSameDocumentsBilledFromTheSalesOrders() {
        BillingPlan plan = new BillingPlan(7, 2, 0.5, 0.5, 1, SINCE);
        List<SapBillingHistory.Document> first = new SapBillingHistory().generate(plan, orders);
        List<SapBillingHistory.Document> again = new SapBillingHistory().generate(plan, orders);

        assertEquals(first, again);
        assertTrue(first.size() >= 5, "four invoices, the unlinked one, and the credit memos: " + first.size());
        JsonObject invoice = first.get(0).entity();
        assertEquals("F2", invoice.getString("BillingDocumentType"));
        assertEquals("17100001", invoice.getString("SoldToParty"), "the lowest sales order first");
        assertEquals("4000001", invoice.getJsonObject("to_Item").getJsonArray("results").getJsonObject(0)
                .getString("SalesDocument"));
        assertEquals("100.00", invoice.getString("TotalGrossAmount"), "half the order for each of two invoices");
        assertEquals(SINCE.plusSeconds(60), first.get(0).changed());
        assertEquals("/Date(" + SINCE.plusSeconds(60).toEpochMilli() + "+0000)/", invoice.getString("LastChangeDateTime"));
        for (int i = 1; i < first.size(); i++) {
            assertEquals(first.get(i - 1).changed().plusSeconds(60), first.get(i).changed(), "one minute apart");
        }
        assertTrue(first.stream().anyMatch(d -> d.entity().getString("BillingDocumentType").equals("G2")));
        JsonObject unlinked = first.get(first.size() - 1).entity();
        assertTrue(unlinked.getJsonObject("to_Item").getJsonArray("results").getJsonObject(0).getString("SalesDocument")
                .startsWith(SapBillingHistory.UNLINKED_ORDER_PREFIX));
        assertEquals("C", unlinked.getString("InvoiceClearingStatus"), "an unlinked invoice is always paid");
    }

    @Test
    void theFilterSelectsChangesAfterAnInstantOfTheNamedTypes() {
        List<SapBillingHistory.Document> documents = new SapBillingHistory()
                .generate(new BillingPlan(7, 2, 0.5, 1.0, 0, SINCE), orders);
        Instant third = documents.get(2).changed();

        long after = documents.stream().filter(BillingDocumentResource.filter(
                "LastChangeDateTime gt datetimeoffset'" + third + "' and (BillingDocumentType eq 'F2' or "
                        + "BillingDocumentType eq 'G2')")).count();
        long invoices = documents.stream().filter(BillingDocumentResource.filter("BillingDocumentType eq 'F2'")).count();

        assertEquals(documents.size() - 3, after);
        assertEquals(4, invoices);
        assertThrows(SapApiException.class, () -> BillingDocumentResource.filter("SoldToParty eq '17100001'"));
    }

    @Test
    void clearedInvoicesArePaidInFullAndPartlyClearedOnesInPart() {
        SapBillingHistory history = new SapBillingHistory();
        List<SapBillingHistory.Document> documents = history.generate(new BillingPlan(7, 2, 0.5, 0.5, 1, SINCE), orders);
        List<SapBillingHistory.Payment> payments = history.payments();

        java.util.Map<String, JsonObject> invoices = new java.util.HashMap<>();
        documents.stream().map(SapBillingHistory.Document::entity)
                .filter(d -> d.getString("BillingDocumentType").equals("F2"))
                .filter(d -> !d.getJsonObject("to_Item").getJsonArray("results").getJsonObject(0)
                        .getString("SalesDocument").startsWith(SapBillingHistory.UNLINKED_ORDER_PREFIX))
                .forEach(d -> invoices.put(d.getString("BillingDocument"), d));
        long paidOrPartly = invoices.values().stream()
                .filter(d -> !d.getString("InvoiceClearingStatus").equals("A")).count();
        assertTrue(paidOrPartly > 0, "the plan pays some invoices");
        assertEquals(paidOrPartly, payments.size(), "one payment for each cleared or partly cleared linked invoice");
        for (SapBillingHistory.Payment payment : payments) {
            JsonObject item = payment.entity();
            JsonObject invoice = invoices.get(item.getString("InvoiceReference"));
            assertTrue(invoice != null, "pays an invoice of a simulated sales order: " + item);
            assertEquals("DZ", item.getString("AccountingDocumentType"));
            assertEquals("D", item.getString("FinancialAccountType"));
            assertEquals(invoice.getString("SoldToParty"), item.getString("Customer"));
            BigDecimal paid = new BigDecimal(item.getString("AmountInTransactionCurrency")).negate();
            BigDecimal amount = new BigDecimal(invoice.getString("TotalGrossAmount"));
            if (invoice.getString("InvoiceClearingStatus").equals("C")) {
                assertTrue(paid.compareTo(amount) <= 0 && paid.signum() > 0, item.toString());
                assertEquals(item.getString("AccountingDocument"), item.getString("ClearingAccountingDocument"));
            } else {
                assertEquals(0, amount.divide(BigDecimal.valueOf(2)).compareTo(paid), "half of a partly cleared one");
                assertEquals("", item.getString("ClearingAccountingDocument"));
            }
        }
        assertEquals(payments, new SapBillingHistory() {{ generate(new BillingPlan(7, 2, 0.5, 0.5, 1, SINCE), orders); }}
                .payments(), "the same plan gives the same payments");
    }

    @Test
    void paymentsOnAccountComeAfterTheHistoryWhichStaysAsItWas() {
        BillingPlan plan = new BillingPlan(7, 2, 0.5, 0.5, 1, SINCE);
        SapBillingHistory without = new SapBillingHistory();
        List<SapBillingHistory.Document> documents = without.generate(plan, orders);
        SapBillingHistory with = new SapBillingHistory();

        assertEquals(documents, with.generate(plan, orders, true), "the same documents");
        List<SapBillingHistory.Payment> payments = with.payments();
        assertEquals(without.payments(), payments.subList(0, without.payments().size()), "the same payments first");
        List<JsonObject> onAccount = payments.subList(without.payments().size(), payments.size()).stream()
                .map(SapBillingHistory.Payment::entity).toList();
        assertEquals(List.of("17100001", "17100002", SapBillingHistory.UNLINKED_CUSTOMER),
                onAccount.stream().map(p -> p.getString("Customer")).toList(), "one a customer, first billed first");
        Instant last = documents.get(documents.size() - 1).changed();
        java.util.Set<String> numbers = new java.util.HashSet<>();
        payments.forEach(p -> numbers.add(p.entity().getString("AccountingDocument")));
        assertEquals(payments.size(), numbers.size(), "every entry its own number");
        for (JsonObject item : onAccount) {
            assertEquals("DZ", item.getString("AccountingDocumentType"));
            assertEquals("", item.getString("InvoiceReference"), "names no invoice");
            assertEquals("", item.getString("ClearingAccountingDocument"), "stays open");
            assertEquals("-" + SapBillingHistory.ON_ACCOUNT_AMOUNT, item.getString("AmountInTransactionCurrency"));
            assertEquals("EUR", item.getString("TransactionCurrency"));
            assertTrue(AccountingDocumentItemResource.filter("AccountingDocumentCreationDate ge datetime'"
                    + last.toString().substring(0, 10) + "T00:00:00'").test(item), "posted on the last document's day");
        }
    }

    @Test
    void theItemCubeFilterSelectsPaymentsCreatedOrChangedOnOrAfterADay() {
        SapBillingHistory history = new SapBillingHistory();
        history.generate(new BillingPlan(7, 2, 1.0, 0.0, 0, SINCE), orders);
        List<JsonObject> items = history.payments().stream().map(SapBillingHistory.Payment::entity).toList();
        String day = "2026-02-01T00:00:00";

        long sameDay = items.stream().filter(AccountingDocumentItemResource.filter("AccountingDocumentType eq 'DZ' and "
                + "FinancialAccountType eq 'D' and (AccountingDocumentCreationDate ge datetime'" + day
                + "' or LastChangeDate ge datetime'" + day + "')")).count();
        long later = items.stream().filter(AccountingDocumentItemResource.filter(
                "AccountingDocumentCreationDate ge datetime'2026-02-02T00:00:00' or "
                        + "LastChangeDate ge datetime'2026-02-02T00:00:00'")).count();
        long invoices = items.stream().filter(AccountingDocumentItemResource.filter("AccountingDocumentType eq 'RV'"))
                .count();

        assertEquals(4, items.size(), "every invoice paid");
        assertEquals(4, sameDay);
        assertEquals(0, later);
        assertEquals(0, invoices);
        assertThrows(SapApiException.class, () -> AccountingDocumentItemResource.filter("Customer eq '17100001'"));
    }
}
