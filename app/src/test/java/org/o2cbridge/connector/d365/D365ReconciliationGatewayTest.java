package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.reconciliation.ErpOrder;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sales order header and line queries the reconciliation sends F&O, and the orders with their
 * net amounts it reads from the answers.
 */
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

    @Test
    void asksForTheLinesOfTheFoundOrdersPerCompanyByNumber() {
        List<String> queries = D365ReconciliationGateway.linesQueries(List.of(
                new ErpOrder("801000000000001AAA", "usmf:000812", "000812", "Backorder", null),
                new ErpOrder("801000000000002AAA", "demf:000020", "000020", "Invoiced", null),
                new ErpOrder("801000000000003AAA", "usmf:000813", "000813", "Backorder", null)));
        assertEquals(List.of("SalesOrderLines?cross-company=true&$filter=dataAreaId eq 'usmf' and "
                        + "(SalesOrderNumber eq '000812' or SalesOrderNumber eq '000813')"
                        + "&$select=dataAreaId,SalesOrderNumber,LineAmount",
                "SalesOrderLines?cross-company=true&$filter=dataAreaId eq 'demf' and (SalesOrderNumber eq '000020')"
                        + "&$select=dataAreaId,SalesOrderNumber,LineAmount"),
                queries.stream().map(q -> URLDecoder.decode(q, StandardCharsets.UTF_8)).toList());
        assertTrue(queries.get(0).contains("%20and%20%28SalesOrderNumber%20eq%20%27000812%27%20or%20"), queries.get(0));
    }

    @Test
    void manyOrdersOfACompanyAreAskedForInGroups() {
        List<ErpOrder> orders = IntStream.range(0, 60).mapToObj(i -> new ErpOrder("801" + i, "usmf:" + (1000 + i),
                String.valueOf(1000 + i), "Backorder", null)).toList();
        assertEquals(3, D365ReconciliationGateway.linesQueries(orders).size());
    }

    @Test
    void anOrdersNetAmountIsTheSumOfItsLinesAmounts() {
        Map<String, ErpOrder> found = new LinkedHashMap<>();
        found.put("801000000000001AAA", new ErpOrder("801000000000001AAA", "usmf:000812", "000812", "Backorder", null));
        found.put("801000000000002AAA", new ErpOrder("801000000000002AAA", "demf:000812", "000812", "Invoiced", null));
        found.put("801000000000003AAA", new ErpOrder("801000000000003AAA", "usmf:000813", "000813", "Backorder", null));
        found.put("801000000000004AAA", new ErpOrder("801000000000004AAA", "usmf:000814", "000814", "Backorder", null));
        JsonObject answer = json("""
                {"value":[
                  {"dataAreaId":"usmf","SalesOrderNumber":"000812","LineAmount":20},
                  {"dataAreaId":"usmf","SalesOrderNumber":"000812","LineAmount":12.5},
                  {"dataAreaId":"demf","SalesOrderNumber":"000812","LineAmount":99.99},
                  {"dataAreaId":"usmf","SalesOrderNumber":"000813","LineAmount":5},
                  {"dataAreaId":"usmf","SalesOrderNumber":"000813"}]}""");

        Map<String, ErpOrder> orders = D365ReconciliationGateway.withTotals(found,
                answer.getJsonArray("value").getValuesAs(JsonObject.class));

        assertEquals(List.copyOf(found.keySet()), List.copyOf(orders.keySet()));
        assertEquals(new BigDecimal("32.5"), orders.get("801000000000001AAA").total(), "the company's own lines");
        assertEquals(new BigDecimal("99.99"), orders.get("801000000000002AAA").total());
        assertNull(orders.get("801000000000003AAA").total(), "a line without an amount leaves the total unknown");
        assertEquals(BigDecimal.ZERO, orders.get("801000000000004AAA").total(), "no lines, nothing");
        assertEquals(new ErpOrder("801000000000001AAA", "usmf:000812", "000812", "Backorder", new BigDecimal("32.5")),
                orders.get("801000000000001AAA"));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
