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
}
