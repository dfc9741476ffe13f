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
        assertEquals("SELECT id, tranid, externalid, BUILTIN.DF(status) AS status, foreigntotal FROM transaction "
                        + "WHERE type = 'SalesOrd' AND externalid IN ('801000000000001AAA', '801000000000002AAA') ORDER BY id",
                NetSuiteReconciliationGateway.query(List.of("801000000000001AAA", "801000000000002AAA")));
    }

    @Test
    void readsTheRowsIdsNumberStatusAndTotal() {
        assertEquals(new ErpOrder("801000000000001AAA", "42", "SO1001", "Pending Fulfillment", new BigDecimal("99.5")),
                NetSuiteReconciliationGateway.order(Json.createObjectBuilder().add("id", "42").add("tranid", "SO1001")
                        .add("externalid", "801000000000001AAA").add("status", "Pending Fulfillment")
                        .add("foreigntotal", 99.5).build()));
        assertEquals(new ErpOrder("801000000000002AAA", "43", null, null, null),
                NetSuiteReconciliationGateway.order(Json.createObjectBuilder().add("id", 43)
                        .add("externalid", "801000000000002AAA").build()));
    }
}
