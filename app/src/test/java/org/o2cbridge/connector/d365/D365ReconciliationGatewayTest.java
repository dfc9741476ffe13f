package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.reconciliation.ErpOrder;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sales order header queries the reconciliation sends F&O, and the orders it reads from the answers. */
class D365ReconciliationGatewayTest {

    @Test
    void asksForTheHeadersByCustomersOrderReferenceInOrChainsAcrossCompanies() {
        List<String> queries = D365ReconciliationGateway.queries(List.of("801000000000001AAA", "801000000000002AAA"));
        assertEquals(List.of("SalesOrderHeadersV2?$filter=CustomersOrderReference eq '801000000000001AAA' or "
                        + "CustomersOrderReference eq '801000000000002AAA'&cross-company=true&$top=4"
                        + "&$select=dataAreaId,SalesOrderNumber,SalesOrderStatus,CustomersOrderReference"),
                queries.stream().map(q -> URLDecoder.decode(q, StandardCharsets.UTF_8)).toList());
        assertTrue(queries.get(0).startsWith("SalesOrderHeadersV2?$filter=CustomersOrderReference%20eq%20%27801"),
                queries.get(0));
    }

    @Test
    void aChunkIsAskedForInGroupsWhoseUrlsStayWellUnder8Kb() {
        List<String> ids = IntStream.range(0, 85).mapToObj(i -> String.format("801%015dAAA", i).substring(0, 18)).toList();
        List<String> queries = D365ReconciliationGateway.queries(ids);
        assertEquals(3, queries.size());
        String root = "https://o2c-demo.operations.dynamics.com/data/";
        assertTrue(queries.stream().allMatch(q -> (root + q).length() < 4_096),
                queries.stream().map(q -> (root + q).length()).toList().toString());
    }

    @Test
    void readsTheHeadersNumberStatusAndCompany() {
        JsonObject answer = json("""
                {"@odata.context":"https://o2c-demo.operations.dynamics.com/data/$metadata#SalesOrderHeadersV2(dataAreaId,SalesOrderNumber,SalesOrderStatus,CustomersOrderReference)",
                 "value":[
                  {"@odata.etag":"W/\\"JzEsNTYzNzE0NDU3Nic=\\"","dataAreaId":"usmf","SalesOrderNumber":"000812",
                   "SalesOrderStatus":"Backorder","CustomersOrderReference":"801000000000001AAA"},
                  {"@odata.etag":"W/\\"JzEsNTYzNzE0NDU3Nyc=\\"","dataAreaId":"demf","SalesOrderNumber":"000020",
                   "SalesOrderStatus":"Invoiced","CustomersOrderReference":"801000000000002AAA"},
                  {"dataAreaId":"usmf","SalesOrderNumber":"000813","SalesOrderStatus":"Backorder","CustomersOrderReference":""}]}""");
        assertEquals(List.of(new ErpOrder("801000000000001AAA", "usmf:000812", "000812", "Backorder", null),
                        new ErpOrder("801000000000002AAA", "demf:000020", "000020", "Invoiced", null)),
                D365ReconciliationGateway.orders(answer));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
