package org.o2cbridge.connector.sap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.sap.SapStub.Reply;
import org.o2cbridge.history.HistoryPage;
import org.o2cbridge.mapping.MappingService;
import org.o2cbridge.history.DateRange;
import org.o2cbridge.history.HistoricalOrder;
import org.o2cbridge.history.HistoricalOrderLine;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SapOrderHistoryGatewayTest {

    private static final DateRange YEAR_2021 = new DateRange(LocalDate.parse("2021-01-01"), LocalDate.parse("2022-01-01"));

    /** An A_SalesOrder entry with its items inline, shaped as API_SALES_ORDER_SRV answers it (OData v2 JSON). */
    private static final String ANSWER = """
            {"d":{"results":[{"__metadata":{"id":"https://host/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder('60000042')",
              "uri":"https://host/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder('60000042')","type":"API_SALES_ORDER_SRV.A_SalesOrderType"},
              "SalesOrder":"60000042","SalesOrderDate":"/Date(1623715200000)/","SoldToParty":"800000007",
              "TransactionCurrency":"EUR","OverallSDProcessStatus":"C","TotalNetAmount":"137.50",
              "PurchaseOrderByCustomer":"PO-H42",
              "to_Item":{"results":[
                {"__metadata":{"type":"API_SALES_ORDER_SRV.A_SalesOrderItemType"},"SalesOrder":"60000042","SalesOrderItem":"10",
                 "Material":"HIST-0042","RequestedQuantity":"3","NetAmount":"37.50"},
                {"__metadata":{"type":"API_SALES_ORDER_SRV.A_SalesOrderItemType"},"SalesOrder":"60000042","SalesOrderItem":"20",
                 "Material":"HIST-0007","RequestedQuantity":"4","NetAmount":"100.00"}]}}]}}
            """;

    @Test
    void ordersAreAskedForByDateRangeAfterTheLastKeyInKeyOrderWithTheirItems() {
        String query = URLDecoder.decode(SapOrderHistoryGateway.pageQuery(YEAR_2021, "60000041", 500), StandardCharsets.UTF_8);
        assertTrue(query.startsWith("A_SalesOrder?$filter=SalesOrderDate ge datetime'2021-01-01T00:00:00' and "
                + "SalesOrderDate lt datetime'2022-01-01T00:00:00' and SalesOrder gt '60000041'&$orderby=SalesOrder"
                + "&$top=500&$expand=to_Item&$select="), query);
        assertTrue(!SapOrderHistoryGateway.pageQuery(YEAR_2021, null, 5).contains("SalesOrder%20gt"));
        assertTrue(SapOrderHistoryGateway.pageQuery(YEAR_2021, null, 5).indexOf(' ') < 0, "encoded for the URL");
        assertTrue(SapOrderHistoryGateway.filter(YEAR_2021, "1' or '1").endsWith("SalesOrder gt '1'' or ''1'"));
        assertTrue(URLDecoder.decode(SapOrderHistoryGateway.countQuery(YEAR_2021), StandardCharsets.UTF_8)
                .endsWith("&$top=1&$select=SalesOrder&$inlinecount=allpages"));
    }

    @Test
    void anOrderIsMappedFromTheODataV2Answer() {
        JsonObject row = Json.createReader(new StringReader(ANSWER)).readObject().getJsonObject("d")
                .getJsonArray("results").getJsonObject(0);
        HistoricalOrder order = SapOrderHistoryGateway.order(row);
        assertEquals(new HistoricalOrder("60000042", "60000042", "800000007", LocalDate.parse("2021-06-15"), "EUR",
                "Completed", new BigDecimal("137.50"), "PO-H42", List.of(
                new HistoricalOrderLine("60000042/10", "HIST-0042", new BigDecimal("3"), new BigDecimal("12.5")),
                new HistoricalOrderLine("60000042/20", "HIST-0007", new BigDecimal("4"), new BigDecimal("25")))), order);
    }

    @Test
    void datesComeAsODataV2DateLiterals() {
        assertEquals(LocalDate.parse("2021-06-15"), SapOrderHistoryGateway.date("/Date(1623715200000)/"));
        assertEquals(LocalDate.parse("2021-06-15"), SapOrderHistoryGateway.date("/Date(1623715200000+0000)/"));
        assertEquals(LocalDate.parse("2021-06-15"), SapOrderHistoryGateway.date("2021-06-15T00:00:00"));
    }

    @Test
    void aPriceThatDoesNotDivideEvenlyIsRoundedToSixDecimals() {
        HistoricalOrderLine line = SapOrderHistoryGateway.line("1", Json.createObjectBuilder().add("SalesOrderItem", "10")
                .add("Material", "M").add("RequestedQuantity", "3").add("NetAmount", "10.00").build());
        assertEquals(new BigDecimal("3.333333"), line.unitPrice());
    }

    private static String row(String number, String po) {
        return "{\"SalesOrder\":\"" + number + "\",\"SalesOrderDate\":\"/Date(1623715200000)/\",\"SoldToParty\":\"1\","
                + "\"TransactionCurrency\":\"EUR\",\"OverallSDProcessStatus\":\"A\",\"TotalNetAmount\":\"1.00\","
                + "\"PurchaseOrderByCustomer\":\"" + po + "\",\"to_Item\":{\"results\":[]}}";
    }

    @Test
    void ordersTheBridgeMadeFromSalesforceAreLeftOutAndAPageOfOnlyThoseReadsOn() throws Exception {
        try (SapStub stub = new SapStub()) {
            Clock clock = Clock.systemUTC();
            SapOrderHistoryGateway history = new SapOrderHistoryGateway();
            history.sap = new SapGateway(stub.settings(Duration.ofSeconds(2)), new MappingService() {
                @Override
                public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
                    return Optional.empty();
                }
            }, clock, ExternalCallMonitor.unmetered(clock));
            history.servicePath = "/hist/";
            stub.script("GET /hist/A_SalesOrder",
                    Reply.of(200, "{\"d\":{\"results\":[" + row("101", "801Sb00000ABCDEFGH") + ","
                            + row("102", "801Sb00000ABCDEFGI") + "]}}"),
                    Reply.of(200, "{\"d\":{\"results\":[" + row("103", "PO-7") + "]}}"));

            HistoryPage page = history.after(YEAR_2021, null, 2);

            assertEquals(List.of("103"), page.orders().stream().map(HistoricalOrder::erpId).toList());
            assertEquals(false, page.hasMore(), "a short page is the last");
            List<SapStub.Seen> reads = stub.calls("GET", "/hist/A_SalesOrder");
            assertEquals(2, reads.size());
            assertTrue(URLDecoder.decode(reads.get(1).path(), StandardCharsets.UTF_8).contains("and SalesOrder gt '102'"),
                    reads.get(1).path());
        }
    }
}
