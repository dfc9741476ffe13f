package org.o2cbridge.sandbox.netsuite.fulfillment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.billing.BillingHistory;
import org.o2cbridge.sandbox.netsuite.billing.BillingPlan;
import org.o2cbridge.sandbox.netsuite.history.OrderHistory;
import org.o2cbridge.sandbox.netsuite.query.SuiteQlService;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;

class FulfillmentHistoryTest {

    private static final List<JsonObject> ORDERS = List.of(order("1201"), order("1200"));

    private static JsonObject order(String id) {
        return Json.createObjectBuilder().add("id", id).add("entity", Json.createObjectBuilder().add("id", "9"))
                .add("currency", Json.createObjectBuilder().add("id", "1").add("refName", "USD")).build();
    }

    @Test
    void partialShipmentsAreItemShipRowsOfTheirOrderApartFromTheBillingDocuments() {
        FulfillmentHistory fulfillments = new FulfillmentHistory();
        List<JsonObject> generated = fulfillments.generate(
                new FulfillmentPlan(5, 2, 1.0, 1, FulfillmentPlan.DEFAULT_SINCE), ORDERS);
        BillingHistory billing = new BillingHistory();
        billing.generate(new BillingPlan(5, 1, 0.5, 0.0, 0, BillingPlan.DEFAULT_SINCE), ORDERS);
        SuiteQlService queries = new SuiteQlService(new NetSuiteAccount(List.of(), 100), billing, fulfillments,
                new OrderHistory());

        assertEquals(5, generated.size(), "2 per order + 1 unlinked");
        assertEquals(generated, new FulfillmentHistory().generate(
                new FulfillmentPlan(5, 2, 1.0, 1, FulfillmentPlan.DEFAULT_SINCE), ORDERS), "the same seed, the same rows");
        List<JsonObject> ofOrder = queries.rows("SELECT id, createdfrom, trandate, BUILTIN.DF(status) AS status, "
                + "trackingnumbers, lastmodifieddate FROM transaction WHERE type = 'ItemShip' AND createdfrom IN (1200) "
                + "ORDER BY id");
        assertEquals(2, ofOrder.size(), ofOrder.toString());
        ofOrder.forEach(row -> {
            assertEquals("Shipped", row.getString("status"));
            assertTrue(row.getString("trackingnumbers").startsWith("1Z"), row.toString());
        });
        List<JsonObject> changed = queries.rows("SELECT id FROM transaction WHERE type = 'ItemShip' "
                + "AND lastmodifieddate > TO_TIMESTAMP('2026-01-01 00:02:00', 'YYYY-MM-DD HH24:MI:SS') "
                + "ORDER BY lastmodifieddate, id");
        assertEquals(3, changed.size());
        List<JsonObject> billed = queries.rows("SELECT id, type FROM transaction "
                + "WHERE type IN ('CustInvc', 'CustPymt', 'CustCred')");
        assertTrue(billed.stream().noneMatch(row -> row.getString("type").equals("ItemShip")), billed.toString());
        assertEquals(billing.documents().size(), billed.size());
    }
}
