package org.o2cbridge.sandbox.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.salesforce.IdSequence;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

class SoqlQueryResourceTest {

    private final SalesforceOrg org = new SalesforceOrg(Clock.systemUTC(), IdSequence.startingNow());
    private final SoqlQueryResource resource = new SoqlQueryResource();

    SoqlQueryResourceTest() {
        resource.org = org;
    }

    @Test
    void theStandardPriceBookIsFoundByItsCheckBox() {
        org.insert(SObjectType.PRICEBOOK2, Map.of("Name", "Wholesale", "IsActive", true));

        JsonObject answer = resource.query("v62.0", "SELECT Id, Name FROM Pricebook2 WHERE IsStandard = true");

        assertEquals(1, answer.getInt("totalSize"), answer.toString());
        assertTrue(answer.getBoolean("done"));
        JsonObject book = answer.getJsonArray("records").getJsonObject(0);
        assertEquals(SalesforceOrg.STANDARD_PRICE_BOOK_ID, book.getString("Id"));
        assertEquals("Pricebook2", book.getJsonObject("attributes").getString("type"));
        assertEquals("Standard Price Book", book.getString("Name"));
    }

    @Test
    void entriesAreFoundByTheirKeysWithTheirProductUnderItsRelationship() {
        String product = org.insert(SObjectType.PRODUCT2, Map.of("Name", "Widget", "ERP_Item_Id__c", "17")).id();
        org.insert(SObjectType.PRICEBOOK_ENTRY, Map.of("Pricebook2Id", SalesforceOrg.STANDARD_PRICE_BOOK_ID,
                "Product2Id", product, "UnitPrice", new BigDecimal("12.5"), "ERP_Price_Key__c", "17:USD"));

        JsonObject answer = resource.query("v62.0", "SELECT ERP_Price_Key__c, UnitPrice, Product2.ERP_Item_Id__c "
                + "FROM PricebookEntry WHERE ERP_Price_Key__c IN ('17:usd', '18:USD')");

        assertEquals(1, answer.getInt("totalSize"), answer.toString());
        JsonObject entry = answer.getJsonArray("records").getJsonObject(0);
        assertEquals("17:USD", entry.getString("ERP_Price_Key__c"));
        assertEquals(0, new BigDecimal("12.5").compareTo(entry.getJsonNumber("UnitPrice").bigDecimalValue()));
        assertEquals("17", entry.getJsonObject("Product2").getString("ERP_Item_Id__c"));
    }

    @Test
    void soqlOutsideTheSubsetIsMalformed() {
        SalesforceApiException refused = assertThrows(SalesforceApiException.class,
                () -> resource.query("v62.0", "SELECT Id FROM Pricebook2 WHERE IsStandard = true OR IsActive = true"));
        assertEquals("MALFORMED_QUERY", refused.errorCode());
    }
}
