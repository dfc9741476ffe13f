package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.history.DateRange;
import org.o2cbridge.history.HistoricalOrder;
import org.o2cbridge.history.HistoricalOrderLine;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class D365OrderHistoryGatewayTest {

    private static final DateRange YEAR_2021 = new DateRange(LocalDate.parse("2021-01-01"), LocalDate.parse("2022-01-01"));

    private static final String HEADER = """
            {"@odata.etag":"W/\\"JzEsNTYzNzE0NDU3Nic=\\"","dataAreaId":"usmf","SalesOrderNumber":"SO-H0000042",
             "OrderingCustomerAccountNumber":"800000007","RequestedShippingDate":"2021-06-15T12:00:00Z",
             "CurrencyCode":"EUR","SalesOrderStatus":"Invoiced","CustomerRequisitionNumber":"PO-H42",
             "CustomersOrderReference":""}
            """;
    private static final String LINES = """
            {"@odata.context":"https://host/data/$metadata#SalesOrderLines","value":[
             {"@odata.etag":"W/\\"x\\"","dataAreaId":"usmf","SalesOrderNumber":"SO-H0000042","InventoryLotId":"000123",
              "LineCreationSequenceNumber":1,"ItemNumber":"HIST-0042","OrderedSalesQuantity":3,"SalesPrice":12.5,
              "SalesPriceQuantity":1,"LineAmount":37.5},
             {"@odata.etag":"W/\\"y\\"","dataAreaId":"usmf","SalesOrderNumber":"SO-H0000042","InventoryLotId":"000124",
              "LineCreationSequenceNumber":2,"ItemNumber":"HIST-0007","OrderedSalesQuantity":4,"SalesPrice":2500,
              "SalesPriceQuantity":100,"LineAmount":100}]}
            """;

    @Test
    void ordersAreAskedForAcrossCompaniesByDateRangeAfterTheLastKeyInKeyOrder() {
        String query = URLDecoder.decode(D365OrderHistoryGateway.pageQuery(YEAR_2021, "usmf:SO-H0000041", 500),
                StandardCharsets.UTF_8);
        assertTrue(query.startsWith("SalesOrderHeadersV2?cross-company=true&$filter=RequestedShippingDate ge "
                + "2021-01-01T00:00:00Z and RequestedShippingDate lt 2022-01-01T00:00:00Z and (dataAreaId gt 'usmf' or "
                + "(dataAreaId eq 'usmf' and SalesOrderNumber gt 'SO-H0000041'))&$orderby=dataAreaId,SalesOrderNumber"
                + "&$top=500&$select="), query);
        assertTrue(D365OrderHistoryGateway.pageQuery(YEAR_2021, null, 5).indexOf(' ') < 0, "encoded for the URL");
        assertTrue(URLDecoder.decode(D365OrderHistoryGateway.countQuery(YEAR_2021), StandardCharsets.UTF_8)
                .contains("&$count=true"));
    }

    @Test
    void linesAreAskedForByAnOrChainOfOneCompanysOrders() {
        assertEquals("SalesOrderLines?cross-company=true&$filter=dataAreaId eq 'usmf' and (SalesOrderNumber eq 'A' or "
                + "SalesOrderNumber eq 'B''s')&$orderby=SalesOrderNumber,LineCreationSequenceNumber&$select="
                + D365OrderHistoryGateway.LINE_FIELDS, URLDecoder.decode(
                D365OrderHistoryGateway.linesQuery("usmf", List.of("A", "B's")), StandardCharsets.UTF_8));
        assertTrue(!D365OrderHistoryGateway.linesQuery("usmf", List.of("A")).contains(" in "));
    }

    @Test
    void anOrderIsMappedFromTheEntitiesAnswers() {
        JsonObject header = Json.createReader(new StringReader(HEADER)).readObject();
        List<JsonObject> lines = Json.createReader(new StringReader(LINES)).readObject().getJsonArray("value")
                .getValuesAs(JsonObject.class);
        HistoricalOrder order = D365OrderHistoryGateway.order(header, lines);
        assertEquals(new HistoricalOrder("usmf:SO-H0000042", "SO-H0000042", "usmf:800000007", LocalDate.parse("2021-06-15"),
                "EUR", "Invoiced", new BigDecimal("137.5"), "PO-H42", List.of(
                new HistoricalOrderLine("usmf:000123", "HIST-0042", new BigDecimal("3"), new BigDecimal("12.5")),
                new HistoricalOrderLine("usmf:000124", "HIST-0007", new BigDecimal("4"), new BigDecimal("25")))), order);
    }
}
