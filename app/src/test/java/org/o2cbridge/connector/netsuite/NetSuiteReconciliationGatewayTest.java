package org.o2cbridge.connector.netsuite;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.o2cbridge.reconciliation.ErpOrder;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SuiteQL the reconciliation sends, and the sales order it reads from a row. */
class NetSuiteReconciliationGatewayTest {

    @Test
    void asksForTheSalesOrdersByTheOrdersIdsAsExternalIds() {
        assertEquals("SELECT id, tranid, externalid, BUILTIN.DF(status) AS status FROM transaction "
                        + "WHERE type = 'SalesOrd' AND externalid IN ('801000000000001AAA', '801000000000002AAA') ORDER BY id",
                NetSuiteReconciliationGateway.query(List.of("801000000000001AAA", "801000000000002AAA")));
    }

    @Test
    void readsTheRowsIdsNumberAndStatus() {
        assertEquals(new ErpOrder("801000000000001AAA", "42", "SO1001", "Pending Fulfillment", null),
                NetSuiteReconciliationGateway.order(Json.createObjectBuilder().add("id", "42").add("tranid", "SO1001")
                        .add("externalid", "801000000000001AAA").add("status", "Pending Fulfillment").build()));
        assertEquals(new ErpOrder("801000000000002AAA", "43", null, null, null),
                NetSuiteReconciliationGateway.order(Json.createObjectBuilder().add("id", 43)
                        .add("externalid", "801000000000002AAA").build()));
    }

    @Test
    void theNetAmountIsTheSumOfTheItemLinesAsNetSuiteSignsThemForASale() {
        assertEquals("SELECT transaction, netamount FROM transactionline WHERE transaction IN (42, 43) "
                        + "AND mainline = 'F' AND taxline = 'F'",
                NetSuiteReconciliationGateway.linesQuery(List.of("42", "43")));
        assertEquals(java.util.Map.of("42", new BigDecimal("52.00"), "43", new BigDecimal("-5")),
                NetSuiteReconciliationGateway.netAmounts(List.of(
                        Json.createObjectBuilder().add("transaction", 42).add("netamount", -25.00).build(),
                        Json.createObjectBuilder().add("transaction", "42").add("netamount", "-27.00").build(),
                        Json.createObjectBuilder().add("transaction", 43).add("netamount", 5).build(),
                        Json.createObjectBuilder().add("transaction", 43).build())));
    }
}
