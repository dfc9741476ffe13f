package org.o2cbridge.sandbox.netsuite.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.query.SuiteQlService;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;

class BillingHistoryTest {

    private static final List<JsonObject> ORDERS = List.of(order("1201", "9"), order("1200", "8"), order("1202", "9"));

    private static JsonObject order(String id, String customer) {
        return Json.createObjectBuilder().add("id", id).add("entity", Json.createObjectBuilder().add("id", customer))
                .add("currency", Json.createObjectBuilder().add("id", "1").add("refName", "USD"))
                .add("total", new BigDecimal("300.00")).build();
    }

    private static BillingPlan plan(long seed) {
        return new BillingPlan(seed, 2, 0.5, 0.3, 1, BillingPlan.DEFAULT_SINCE);
    }

    @Test
    void theSameSeedGivesTheSameDocumentsAndAnotherSeedOthers() {
        List<JsonObject> first = new BillingHistory().generate(plan(42), ORDERS);
        List<JsonObject> again = new BillingHistory().generate(plan(42), ORDERS);
        List<JsonObject> other = new BillingHistory().generate(plan(43), ORDERS);

        assertEquals(first, again);
        assertNotEquals(first, other);
        assertEquals(7, first.stream().filter(d -> d.getString("type").equals("CustInvc")).count(), "2 per order + 1 unlinked");
    }

    @Test
    void everyPaymentIsAppliedToAnInvoiceOfTheHistory() {
        List<JsonObject> documents = new BillingHistory().generate(plan(7), ORDERS);
        documents.stream().filter(d -> d.getString("type").equals("CustPymt")).forEach(payment -> assertTrue(
                documents.stream().anyMatch(d -> d.getString("id").equals(payment.getJsonObject("appliedTo").getString("id"))
                        && d.getString("type").equals("CustInvc")), payment.toString()));
    }

    @Test
    void suiteQlPagesTheChangesAfterATimestampInChangeOrder() {
        BillingHistory billing = new BillingHistory();
        List<JsonObject> documents = billing.generate(plan(42), ORDERS);
        SuiteQlService queries = new SuiteQlService(new NetSuiteAccount(List.of(), 100), billing);

        List<JsonObject> rows = queries.rows("SELECT id, type, lastmodifieddate FROM transaction "
                + "WHERE type IN ('CustInvc', 'CustPymt', 'CustCred') "
                + "AND lastmodifieddate > TO_TIMESTAMP('2026-01-01 00:03:00', 'YYYY-MM-DD HH24:MI:SS') "
                + "ORDER BY lastmodifieddate, id");

        assertEquals(documents.size() - 3, rows.size());
        assertEquals("2026-01-01T00:04:00Z", rows.get(0).getString("lastmodifieddate"));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).getString("lastmodifieddate").compareTo(rows.get(i).getString("lastmodifieddate")) < 0);
        }
    }
}
