package org.o2cbridge.connector.salesforce;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.catalog.PriceRecord;
import org.o2cbridge.catalog.ProductTarget;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceCollectionsJsonTest {

    private static final String BOOK = "01s000000000001AAA";
    private static final PriceRecord NEW = new PriceRecord("17", "01tA", new BigDecimal("12.50"), "USD", true);
    private static final PriceRecord KNOWN = new PriceRecord("18", "01tB", new BigDecimal("3"), "EUR", false);

    @Test
    void aNewEntryNamesItsPriceBookProductAndCurrencyAndAKnownOneOnlyItsPriceAndActivity() {
        JsonObject request = Json.createReader(new StringReader(PriceCollectionsJson.request(BOOK, List.of(NEW, KNOWN),
                Set.of("18:EUR")))).readObject();

        assertFalse(request.getBoolean("allOrNone"));
        JsonArray records = request.getJsonArray("records");
        JsonObject created = records.getJsonObject(0);
        assertEquals("PricebookEntry", created.getJsonObject("attributes").getString("type"));
        assertEquals("17:USD", created.getString("ERP_Price_Key__c"));
        assertEquals(0, new BigDecimal("12.50").compareTo(created.getJsonNumber("UnitPrice").bigDecimalValue()));
        assertTrue(created.getBoolean("IsActive"));
        assertEquals(BOOK, created.getString("Pricebook2Id"));
        assertEquals("01tA", created.getString("Product2Id"));
        assertEquals("USD", created.getString("CurrencyIsoCode"));

        JsonObject updated = records.getJsonObject(1);
        assertEquals("18:EUR", updated.getString("ERP_Price_Key__c"));
        assertFalse(updated.getBoolean("IsActive"));
        assertEquals(0, new BigDecimal("3").compareTo(updated.getJsonNumber("UnitPrice").bigDecimalValue()));
        assertFalse(updated.containsKey("Pricebook2Id"), "create-only fields are not sent on update");
        assertFalse(updated.containsKey("Product2Id"));
        assertFalse(updated.containsKey("CurrencyIsoCode"));
    }

    @Test
    void theQueriesAskForTheStandardPriceBookAndTheKnownKeys() {
        assertEquals("SELECT Id FROM Pricebook2 WHERE IsStandard = true",
                URLDecoder.decode(PriceCollectionsJson.queryPath(PriceCollectionsJson.STANDARD_PRICE_BOOK_QUERY)
                        .substring("/query?q=".length()), StandardCharsets.UTF_8));
        assertEquals("SELECT ERP_Price_Key__c FROM PricebookEntry WHERE ERP_Price_Key__c IN ('17:USD', '18:EUR')",
                PriceCollectionsJson.existingKeysQuery(List.of("17:USD", "18:EUR")));
    }

    @Test
    void queryAnswersGiveTheFirstIdAndTheKeysIgnoringCase() {
        assertEquals(BOOK, PriceCollectionsJson.firstId("{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":"
                + "{\"type\":\"Pricebook2\"},\"Id\":\"" + BOOK + "\"}]}"));
        assertNull(PriceCollectionsJson.firstId("{\"totalSize\":0,\"done\":true,\"records\":[]}"));
        assertEquals(Set.of("18:EUR"), PriceCollectionsJson.keys("{\"records\":[{\"ERP_Price_Key__c\":\"18:eur\"}]}"));
    }

    @Test
    void eachResultIsNamedByItsItem() {
        List<ProductTarget.UpsertOutcome> outcomes = PriceCollectionsJson.results(List.of(NEW, KNOWN),
                "[{\"id\":\"01uA\",\"success\":true,\"errors\":[],\"created\":true},{\"success\":false,\"errors\":"
                        + "[{\"statusCode\":\"DUPLICATE_VALUE\",\"message\":\"duplicate value found\",\"fields\":[]}]}]");

        assertEquals(new ProductTarget.UpsertOutcome("17", "01uA", true, null, null), outcomes.get(0));
        assertEquals(new ProductTarget.UpsertOutcome("18", null, false, "DUPLICATE_VALUE", "duplicate value found"),
                outcomes.get(1));
    }
}
