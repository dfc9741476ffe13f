package org.o2cbridge.sandbox.d365.billing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.d365.odata.ODataException;
import org.o2cbridge.sandbox.netsuite.billing.BillingPlan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class D365PaymentJournalsTest {

    private static final String ROOT = "https://env.example/data/";
    private static final BillingPlan PLAN = new BillingPlan(7, 2, 0.5, 0, 0, Instant.parse("2026-04-01T00:00:00Z"));

    private static List<JsonObject> invoices() {
        List<JsonObject> headers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            headers.add(Json.createObjectBuilder().add("dataAreaId", "usmf").add("SalesOrderNumber", "00000" + i)
                    .add("InvoiceCustomerAccountNumber", "US-00" + i).add("CurrencyCode", "USD").build());
        }
        return new D365InvoiceHistory().generate(PLAN, headers);
    }

    @Test
    void theSamePlanPaysTheSameInvoicesInOnePostedJournalAndOneDraft() {
        D365PaymentJournals journals = new D365PaymentJournals();
        journals.generate(PLAN, invoices());
        List<JsonObject> first = journals.lines();
        journals.generate(PLAN, invoices());
        assertEquals(first, journals.lines(), "deterministic");

        assertEquals(List.of("Yes", "No"), journals.headers().stream().map(h -> h.getString("IsPosted")).toList());
        String posted = journals.headers().get(0).getString("JournalBatchNumber");
        long marked = first.stream().filter(l -> l.getString("JournalBatchNumber").equals(posted))
                .filter(l -> !l.getString("MarkedInvoice").isEmpty()).count();
        assertTrue(marked > 0 && marked < 20, "about half of the invoices are paid: " + marked);
        assertEquals(1, first.stream().filter(l -> l.getString("MarkedInvoice").isEmpty()).count(), "one on account");
    }

    @Test
    void theLinesOfAnExcludedJournalAndBeforeTheDateAreLeftOutAndPagesFollowTheNextLink() {
        D365PaymentJournals journals = new D365PaymentJournals();
        journals.generate(PLAN, invoices());
        Map<String, String> headerOptions = new LinkedHashMap<>();
        headerOptions.put("cross-company", "true");
        headerOptions.put("$filter", "IsPosted eq Microsoft.Dynamics.DataEntities.NoYes'No'");
        JsonObject open = journals.queryHeaders(headerOptions, ROOT, "demf");
        assertEquals(1, open.getJsonArray("value").size());
        String draft = open.getJsonArray("value").getJsonObject(0).getString("JournalBatchNumber");

        Map<String, String> options = new LinkedHashMap<>();
        options.put("cross-company", "true");
        options.put("$filter", "TransactionDate ge 2026-03-31T00:00:00Z and CreditAmount gt 0 and "
                + "(dataAreaId ne 'usmf' or JournalBatchNumber ne '" + draft + "')");
        options.put("$orderby", "dataAreaId,JournalBatchNumber,LineNumber");
        options.put("$count", "true");
        options.put("$top", "2");
        JsonObject page = journals.queryLines(options, ROOT, "demf");
        long postedLines = journals.lines().stream().filter(l -> !l.getString("JournalBatchNumber").equals(draft)).count();
        assertEquals(postedLines, page.getInt("@odata.count"));
        assertEquals(2, page.getJsonArray("value").size());
        assertTrue(page.getJsonArray("value").stream().map(JsonValue::asJsonObject)
                .noneMatch(l -> l.getString("JournalBatchNumber").equals(draft)));
        assertFalse(page.containsKey("@odata.nextLink"), "the request's $top is served");

        options.put("$filter", "TransactionDate ge 2027-01-01T00:00:00Z");
        assertEquals(0, journals.queryLines(options, ROOT, "demf").getInt("@odata.count"));
        options.remove("cross-company");
        options.remove("$filter");
        assertEquals(0, journals.queryLines(options, ROOT, "demf").getInt("@odata.count"), "another company's");
        options.put("$filter", "AccountType eq 'Cust'");
        assertThrows(ODataException.class, () -> journals.queryLines(options, ROOT, "usmf"));
    }
}
