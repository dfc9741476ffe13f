package org.o2cbridge.connector.sap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.reconciliation.ErpOrder;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sales order queries the reconciliation sends SAP, and the orders it reads from SAP's answers. */
class SapReconciliationGatewayTest {

    @Test
    void asksForTheOrdersByPurchaseOrderByCustomerInOrChains() {
        List<String> queries = SapReconciliationGateway.queries(List.of("801000000000001AAA", "801000000000002AAA",
                "801000000000001AAA"));
        assertEquals(1, queries.size());
        assertEquals("SalesOrder?$filter=PurchaseOrderByCustomer eq '801000000000001AAA' or PurchaseOrderByCustomer eq "
                + "'801000000000002AAA'&$select=SalesOrder,PurchaseOrderByCustomer,OverallSDProcessStatus,TotalNetAmount,"
                + "TransactionCurrency", URLDecoder.decode(queries.get(0), StandardCharsets.UTF_8));
        assertTrue(queries.get(0).matches("[A-Za-z0-9%=&?,._$-]+"), "encoded for the query string: " + queries.get(0));
        assertTrue(SapReconciliationGateway.queries(List.of("O'Hara")).get(0).contains("%27O%27%27Hara%27"));
    }

    @Test
    void aChunkIsAskedForInGroupsWhoseUrlsStayWellUnder8Kb() {
        List<String> ids = IntStream.range(0, 200).mapToObj(i -> String.format("801%015dAAA", i).substring(0, 18)).toList();
        List<String> queries = SapReconciliationGateway.queries(ids);
        assertEquals(5, queries.size());
        String service = "https://my-s4.example.com/sap/opu/odata4/sap/api_salesorder/srvd_a2x/sap/salesorder/0001/";
        assertTrue(queries.stream().allMatch(q -> (service + q).length() < 4_096),
                queries.stream().map(q -> (service + q).length()).toList().toString());
        assertEquals(ids, queries.stream().flatMap(q -> List.of(URLDecoder.decode(q, StandardCharsets.UTF_8)
                .split("PurchaseOrderByCustomer eq '")).stream().skip(1).map(p -> p.substring(0, 18))).toList());
    }

    @Test
    void readsNumberStatusAndTotalFromAV4Answer() {
        JsonObject answer = json("""
                {"@odata.context":"$metadata#SalesOrder(SalesOrder,PurchaseOrderByCustomer,OverallSDProcessStatus,TotalNetAmount,TransactionCurrency)",
                 "@odata.metadataEtag":"W/\\"20241015\\"",
                 "value":[
                  {"@odata.etag":"W/\\"SADL-020241120103000C\\"","SalesOrder":"4000043","PurchaseOrderByCustomer":"801000000000001AAA",
                   "OverallSDProcessStatus":"A","TotalNetAmount":60.00,"TransactionCurrency":"EUR"},
                  {"SalesOrder":"4000044","PurchaseOrderByCustomer":"801000000000002AAA",
                   "OverallSDProcessStatus":"C","TotalNetAmount":"1250.50","TransactionCurrency":"EUR"},
                  {"SalesOrder":"4000045","PurchaseOrderByCustomer":"","OverallSDProcessStatus":"A"}]}""");
        assertEquals(List.of(new ErpOrder("801000000000001AAA", "4000043", "4000043", "Open", new BigDecimal("60.00")),
                        new ErpOrder("801000000000002AAA", "4000044", "4000044", "Completed", new BigDecimal("1250.50"))),
                SapReconciliationGateway.orders(answer));
    }

    @Test
    void readsAV2AnswerToo() {
        JsonObject answer = json("""
                {"d":{"results":[{"__metadata":{"id":"https://host/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder('4000043')",
                  "uri":"https://host/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder('4000043')",
                  "type":"API_SALES_ORDER_SRV.A_SalesOrderType"},
                  "SalesOrder":"4000043","PurchaseOrderByCustomer":"801000000000001AAA","OverallSDProcessStatus":"B",
                  "TotalNetAmount":"60.00","TransactionCurrency":"EUR"}]}}""");
        assertEquals(List.of(new ErpOrder("801000000000001AAA", "4000043", "4000043", "In Process", new BigDecimal("60.00"))),
                SapReconciliationGateway.orders(answer));
        assertEquals(List.of(), SapReconciliationGateway.orders(json("{\"value\":[]}")));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
