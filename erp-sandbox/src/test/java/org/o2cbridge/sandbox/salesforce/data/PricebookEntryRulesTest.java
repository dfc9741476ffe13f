package org.o2cbridge.sandbox.salesforce.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.salesforce.IdSequence;

/** The simulated org's price books: the seeded standard price book and Salesforce's rules for entries. */
class PricebookEntryRulesTest {

    private final SalesforceOrg org = new SalesforceOrg(Clock.systemUTC(), IdSequence.startingNow());
    private final CollectionsUpsertService upserts = new CollectionsUpsertService(new SObjectService(org, new RecordingActivations()), org);
    private final String productId = org.insert(SObjectType.PRODUCT2, Map.of("Name", "Widget", "ERP_Item_Id__c", "17")).id();
    private final String book = SalesforceOrg.STANDARD_PRICE_BOOK_ID;

    private JsonArray upsert(String... records) {
        return upserts.upsert("PricebookEntry", "ERP_Price_Key__c", Json.createReader(new StringReader(
                ("{'allOrNone':false,'records':[" + String.join(",", records) + "]}").replace('\'', '"'))).readObject());
    }

    private String created(String key, String currency, String price) {
        return "{'attributes':{'type':'PricebookEntry'},'ERP_Price_Key__c':'" + key + "','Pricebook2Id':'" + book
                + "','Product2Id':'" + productId + "','CurrencyIsoCode':'" + currency + "','UnitPrice':" + price
                + ",'IsActive':true}";
    }

    private static String statusCode(JsonArray results, int index) {
        JsonObject result = results.getJsonObject(index);
        assertFalse(result.getBoolean("success"), result.toString());
        return result.getJsonArray("errors").getJsonObject(0).getString("statusCode");
    }

    @Test
    void theStandardPriceBookIsSeededWithItsFixedIdAndSurvivesAReset() {
        SObjectRecord standard = org.find(SObjectType.PRICEBOOK2, book).orElseThrow();
        assertEquals(Boolean.TRUE, standard.value("IsStandard"));
        org.clear();
        assertTrue(org.find(SObjectType.PRICEBOOK2, book).isPresent());
        assertEquals(1, org.count(SObjectType.PRICEBOOK2));
    }

    @Test
    void anEntryIsCreatedThenUpdatedByItsKeyButItsCreateOnlyFieldsCannotBeSentAgain() {
        JsonArray first = upsert(created("17:USD", "USD", "12.50"));
        assertTrue(first.getJsonObject(0).getBoolean("created"), first.toString());

        JsonArray update = upsert("{'attributes':{'type':'PricebookEntry'},'ERP_Price_Key__c':'17:usd','UnitPrice':14}");
        JsonArray resent = upsert(created("17:USD", "USD", "15"));

        assertFalse(update.getJsonObject(0).getBoolean("created"), update.toString());
        assertEquals(first.getJsonObject(0).getString("id"), update.getJsonObject(0).getString("id"));
        assertEquals("INVALID_FIELD_FOR_INSERT_UPDATE", statusCode(resent, 0));
        SObjectRecord entry = org.findByExternalId(SObjectType.PRICEBOOK_ENTRY, "ERP_Price_Key__c", "17:USD").orElseThrow();
        assertEquals(0, new BigDecimal("14").compareTo(entry.number("UnitPrice")));
        assertEquals(1, org.count(SObjectType.PRICEBOOK_ENTRY));
    }

    @Test
    void aSecondEntryForTheSameBookProductAndCurrencyIsADuplicateButAnotherCurrencyIsNot() {
        upsert(created("17:USD", "USD", "12.50"));

        JsonArray results = upsert(created("OTHER-KEY", "USD", "13"), created("17:EUR", "EUR", "11"));

        assertEquals("DUPLICATE_VALUE", statusCode(results, 0));
        assertTrue(results.getJsonObject(1).getBoolean("success"), results.toString());
    }

    @Test
    void aCustomPriceBookEntryNeedsAStandardPriceAndAnEntryNeedsItsRequiredFields() {
        String custom = org.insert(SObjectType.PRICEBOOK2, Map.of("Name", "Wholesale", "IsActive", true)).id();

        JsonArray results = upsert(created("17:USD:W", "USD", "10").replace(book, custom),
                "{'attributes':{'type':'PricebookEntry'},'ERP_Price_Key__c':'18:USD','UnitPrice':3}");

        assertEquals("STANDARD_PRICE_NOT_DEFINED", statusCode(results, 0));
        assertEquals("REQUIRED_FIELD_MISSING", statusCode(results, 1));
    }
}
