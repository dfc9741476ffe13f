package org.o2cbridge.sandbox.sap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SapBookTest {

    private final List<String> created = new ArrayList<>();
    private final SapBook book = new SapBook(List.of(new SapBook.Product("WID-100", new BigDecimal("12.50")),
            new SapBook.Product("WID-200", new BigDecimal("27.00"))), Set.of("1010/10/00", "1710/10/00"), created::add);

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private String customer() {
        return book.createBusinessPartner(json("{'BusinessPartnerCategory':'2','OrganizationBPName1':'Acme',"
                + "'BusinessPartnerIDByExtSystem':'001A','to_BusinessPartnerRole':{'results':[{'BusinessPartnerRole':'FLCU01'}]},"
                + "'to_Customer':{'to_CustomerSalesArea':{'results':[{'SalesOrganization':'1010','DistributionChannel':'10',"
                + "'Division':'00','Currency':'EUR'}]}}}")).getString("Customer");
    }

    private String order(String soldTo, String product) {
        return "{'SalesOrderType':'OR','SalesOrganization':'1010','DistributionChannel':'10','OrganizationDivision':'00',"
                + "'SoldToParty':'" + soldTo + "','PurchaseOrderByCustomer':'801A','TransactionCurrency':'EUR',"
                + "'_Item':[{'Product':'" + product + "','RequestedQuantity':'3','RequestedQuantityISOUnit':'EA'},"
                + "{'Product':'WID-200','RequestedQuantity':2}]}";
    }

    @Test
    void deepInsertNumbersAndPricesTheOrderWithAllItems() {
        JsonObject order = book.createSalesOrder(json(order(customer(), "WID-100")));

        assertEquals("4000001", order.getString("SalesOrder"));
        assertEquals(2, order.getJsonArray("_Item").size());
        assertEquals("10", order.getJsonArray("_Item").getJsonObject(0).getString("SalesOrderItem"));
        assertEquals(0, new BigDecimal("91.50").compareTo(order.getJsonNumber("TotalNetAmount").bigDecimalValue()));
        assertEquals(List.of("001A", "801A"), created);
        assertEquals(1, book.salesOrders(ODataQuery.filter("PurchaseOrderByCustomer eq '801A'")).size());
    }

    @Test
    void unknownMaterialIsRefusedWithSapsMessage() {
        String soldTo = customer();
        SapApiException refused = assertThrows(SapApiException.class,
                () -> book.createSalesOrder(json(order(soldTo, "WID-999"))));

        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().contains("WID-999"), refused.getMessage());
        JsonObject error = json(refused.body()).getJsonObject("error");
        assertEquals("M3/305", error.getString("code"));
        assertEquals(refused.getMessage(), error.getJsonArray("details").getJsonObject(0).getString("message"));
    }

    @Test
    void soldToPartyOutsideTheSalesAreaIsRefused() {
        assertThrows(SapApiException.class, () -> book.createSalesOrder(json(order("99999999", "WID-100"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'NetAmount':1                   | is read-only",
            "'TotalNetAmount':1              | is read-only",
            "'Price':1                       | is invalid",
            "'PurchaseOrderByCustomer':'" + "123456789012345678901234567890123456' | maximum length"})
    void pricesUnknownAndTooLongPropertiesAreRefused(String property, String expected) {
        String body = order(customer(), "WID-100").replace("'SalesOrderType':'OR'", "'SalesOrderType':'OR'," + property)
                .replace("'PurchaseOrderByCustomer':'801A',", property.startsWith("'Purchase") ? "" : "'PurchaseOrderByCustomer':'801A',");
        SapApiException refused = assertThrows(SapApiException.class, () -> book.createSalesOrder(json(body)));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @Test
    void businessPartnerErrorsComeInTheV2Shape() {
        SapApiException refused = assertThrows(SapApiException.class,
                () -> book.createBusinessPartner(json("{'BusinessPartnerCategory':'2'}")));

        JsonObject error = json(refused.body()).getJsonObject("error");
        assertEquals("en", error.getJsonObject("message").getString("lang"));
        assertEquals(1, error.getJsonObject("innererror").getJsonArray("errordetails").size());
    }

    @Test
    void aCustomerExtendedToAnotherSalesAreaCanBeTheSoldToPartyThere() {
        String soldTo = customer();
        String in1710 = order(soldTo, "WID-100").replace("'SalesOrganization':'1010'", "'SalesOrganization':'1710'");
        assertThrows(SapApiException.class, () -> book.createSalesOrder(json(in1710)));

        book.extendSalesArea(json("{'Customer':'" + soldTo + "','SalesOrganization':'1710','DistributionChannel':'10',"
                + "'Division':'00','Currency':'USD'}"));

        assertEquals("1710", book.createSalesOrder(json(in1710)).getString("SalesOrganization"));
        assertEquals(1, book.customerSalesAreas(ODataQuery.filter("Customer eq '" + soldTo + "' and SalesOrganization eq '1710'"
                + " and DistributionChannel eq '10' and Division eq '00'")).size());
        assertThrows(SapApiException.class, () -> book.extendSalesArea(json("{'Customer':'" + soldTo
                + "','SalesOrganization':'1710','DistributionChannel':'10','Division':'00'}")), "already there");
    }

    @Test
    void filterUnderstandsOneEqualityWithDoubledQuotes() {
        assertTrue(ODataQuery.filter("SearchTerm1 eq 'O''Neil'").test(json("{'SearchTerm1':'O\\u0027Neil'}")));
        assertEquals(null, ODataQuery.filter("SearchTerm1 ne 'x'"));
    }

    @Test
    void filterUnderstandsOrChainsOfEqualities() {
        assertTrue(ODataQuery.filter("PurchaseOrderByCustomer eq 'A' or PurchaseOrderByCustomer eq 'B'")
                .test(json("{'PurchaseOrderByCustomer':'B'}")));
        assertFalse(ODataQuery.filter("(PurchaseOrderByCustomer eq 'A' or PurchaseOrderByCustomer eq 'B') and "
                + "SalesOrganization eq '1010'").test(json("{'PurchaseOrderByCustomer':'B','SalesOrganization':'1710'}")));
        assertEquals(null, ODataQuery.filter("PurchaseOrderByCustomer eq 'A' or PurchaseOrderByCustomer ne 'B'"));
    }
}
