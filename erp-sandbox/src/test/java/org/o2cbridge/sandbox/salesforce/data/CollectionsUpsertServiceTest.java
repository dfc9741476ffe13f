package org.o2cbridge.sandbox.salesforce.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.salesforce.IdSequence;

class CollectionsUpsertServiceTest {

    private final SalesforceOrg org = new SalesforceOrg(Clock.systemUTC(), IdSequence.startingNow());
    private final CollectionsUpsertService upserts = new CollectionsUpsertService(new SObjectService(org, new RecordingActivations()), org);
    private final String accountId = org.insert(SObjectType.ACCOUNT, Map.of("Name", "Acme", "ERP_Customer_Id__c", "C-1")).id();

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static String invoice(String id, String amount) {
        return "{'attributes':{'type':'Invoice__c'},'ERP_Invoice_Id__c':'" + id + "','Name':'" + id
                + "','Account__r':{'ERP_Customer_Id__c':'C-1'},'Amount__c':" + amount + ",'Status__c':'Open'}";
    }

    private JsonArray upsert(String type, String field, boolean allOrNone, String... records) {
        return upserts.upsert(type, field, json("{'allOrNone':" + allOrNone + ",'records':[" + String.join(",", records) + "]}"));
    }

    private static String statusCode(JsonArray results, int index) {
        JsonObject result = results.getJsonObject(index);
        assertFalse(result.getBoolean("success"));
        return result.getJsonArray("errors").getJsonObject(0).getString("statusCode");
    }

    @Test
    void productsAreUpsertedByErpItemIdWithCheckBoxesAndATooLongNameIsRefused() {
        JsonArray results = upsert("Product2", "ERP_Item_Id__c", false,
                "{'attributes':{'type':'Product2'},'ERP_Item_Id__c':'17','Name':'Widget','ProductCode':'WID-100',"
                        + "'IsActive':false,'Available_Quantity__c':12.5}",
                "{'attributes':{'type':'Product2'},'ERP_Item_Id__c':'18','Name':'" + "N".repeat(256) + "'}",
                "{'attributes':{'type':'Product2'},'ERP_Item_Id__c':'19','Name':'Bad','IsActive':'maybe'}");

        SObjectRecord product = org.find(SObjectType.PRODUCT2, results.getJsonObject(0).getString("id")).orElseThrow();
        assertEquals(Boolean.FALSE, product.value("IsActive"));
        assertEquals(new BigDecimal("12.5"), product.number("Available_Quantity__c"));
        assertEquals(false, SObjectJson.fieldsOf(product).build().getBoolean("IsActive"));
        assertEquals("STRING_TOO_LONG", statusCode(results, 1));
        assertEquals("JSON_PARSER_ERROR", statusCode(results, 2));
        assertEquals(1, org.count(SObjectType.PRODUCT2));
    }

    @Test
    void theFirstCallCreatesTheSecondUpdatesAndEachResultSaysWhich() {
        JsonArray first = upsert("Invoice__c", "ERP_Invoice_Id__c", false, invoice("INV-1", "100.00"), invoice("INV-2", "50"));
        JsonArray second = upsert("Invoice__c", "ERP_Invoice_Id__c", false, invoice("inv-1", "80.00"), invoice("INV-2", "50"));

        String id = first.getJsonObject(0).getString("id");
        assertEquals(json("{'id':'" + id + "','success':true,'errors':[],'created':true}"), first.getJsonObject(0));
        assertEquals(json("{'id':'" + id + "','success':true,'errors':[],'created':false}"), second.getJsonObject(0));
        assertFalse(second.getJsonObject(1).getBoolean("created"));
        assertEquals(2, org.count(SObjectType.INVOICE));
        SObjectRecord saved = org.find(SObjectType.INVOICE, id).orElseThrow();
        assertEquals(new BigDecimal("80.00"), saved.number("Amount__c"));
        assertEquals(accountId, saved.text("Account__c"));
        assertEquals("INV-1", saved.text("ERP_Invoice_Id__c"), "an update keeps the stored spelling of the key");
    }

    @Test
    void paymentsNameTheirInvoiceByItsExternalIdAndAnUnknownInvoiceFailsThePayment() {
        upsert("Invoice__c", "ERP_Invoice_Id__c", false, invoice("INV-1", "100"));

        JsonArray results = upsert("Payment__c", "ERP_Payment_Id__c", false,
                "{'ERP_Payment_Id__c':'PAY-1','Name':'PAY-1','Invoice__r':{'ERP_Invoice_Id__c':'INV-1'},'Amount__c':40}",
                "{'ERP_Payment_Id__c':'PAY-2','Name':'PAY-2','Invoice__r':{'ERP_Invoice_Id__c':'INV-404'},'Amount__c':40}");

        assertTrue(results.getJsonObject(0).getBoolean("success"));
        assertEquals("INVALID_FIELD", statusCode(results, 1));
        assertEquals("Foreign key external ID: INV-404 not found for field ERP_Invoice_Id__c in entity Invoice__c",
                results.getJsonObject(1).getJsonArray("errors").getJsonObject(0).getString("message"));
        assertFalse(results.getJsonObject(1).getBoolean("created"));
    }

    @Test
    void aPaymentOnAccountNamesItsCustomerAndNoInvoiceAndAPaymentMayMoveToAnInvoice() {
        String invoiceId = upsert("Invoice__c", "ERP_Invoice_Id__c", false, invoice("INV-1", "100")).getJsonObject(0)
                .getString("id");

        JsonArray first = upsert("Payment__c", "ERP_Payment_Id__c", false,
                "{'ERP_Payment_Id__c':'PAY-1','Name':'PAY-1','Account__c':'" + accountId + "','Invoice__c':null,"
                        + "'Amount__c':25}",
                "{'ERP_Payment_Id__c':'PAY-2','Name':'PAY-2','Account__r':{'ERP_Customer_Id__c':'C-1'},'Amount__c':5}");
        JsonArray applied = upsert("Payment__c", "ERP_Payment_Id__c", false,
                "{'ERP_Payment_Id__c':'PAY-1','Name':'PAY-1','Account__c':'" + accountId + "',"
                        + "'Invoice__r':{'ERP_Invoice_Id__c':'INV-1'},'Amount__c':25}");

        assertTrue(first.getJsonObject(0).getBoolean("success"), first.toString());
        assertTrue(first.getJsonObject(1).getBoolean("success"), first.toString());
        SObjectRecord onAccount = org.find(SObjectType.PAYMENT, first.getJsonObject(1).getString("id")).orElseThrow();
        assertEquals(accountId, onAccount.text("Account__c"), "named by the account's external id");
        assertEquals(null, onAccount.value("Invoice__c"));
        assertTrue(applied.getJsonObject(0).getBoolean("success"), applied.toString());
        SObjectRecord moved = org.find(SObjectType.PAYMENT, first.getJsonObject(0).getString("id")).orElseThrow();
        assertEquals(invoiceId, moved.text("Invoice__c"), "a lookup, not a master: the invoice can be set later");
        assertEquals(accountId, moved.text("Account__c"));
    }

    @Test
    void aKeySentTwiceOrLeftOutFailsItsRecordsAndAllOrNoneRollsBackTheRest() {
        JsonArray results = upsert("Invoice__c", "ERP_Invoice_Id__c", true, invoice("INV-1", "1"), invoice("INV-2", "2"),
                invoice("inv-2", "3"), "{'Name':'no key'}");

        assertEquals("ALL_OR_NONE_OPERATION_ROLLED_BACK", statusCode(results, 0));
        assertEquals("DUPLICATE_EXTERNAL_ID", statusCode(results, 1));
        assertEquals("DUPLICATE_EXTERNAL_ID", statusCode(results, 2));
        assertEquals("MISSING_ARGUMENT", statusCode(results, 3));
        assertEquals(0, org.count(SObjectType.INVOICE));
    }

    @Test
    void aNewRecordNeedsItsRequiredFieldsAndAnUnknownKeyFieldIsNotFound() {
        JsonArray results = upsert("Payment__c", "ERP_Payment_Id__c", false, "{'ERP_Payment_Id__c':'PAY-1','Amount__c':1}");

        assertEquals("REQUIRED_FIELD_MISSING", statusCode(results, 0));
        assertEquals(404, assertThrows(SalesforceApiException.class, () -> upsert("Invoice__c", "Name", false)).status());
        assertEquals(404, assertThrows(SalesforceApiException.class, () -> upsert("Widget__c", "Name", false)).status());
    }

    @Test
    void twoHundredRecordsAreAcceptedAndTwoHundredAndOneRefusedAsAWhole() {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (int i = 0; i < 201; i++) {
            records.add(json(invoice("INV-" + i, "1")));
        }
        JsonArray all = records.build();

        SalesforceApiException refusal = assertThrows(SalesforceApiException.class, () -> upserts.upsert("Invoice__c",
                "ERP_Invoice_Id__c", Json.createObjectBuilder().add("records", all).build()));
        JsonArray results = upserts.upsert("Invoice__c", "ERP_Invoice_Id__c",
                Json.createObjectBuilder().add("records", Json.createArrayBuilder(all.subList(0, 200))).build());

        assertEquals("EXCEEDED_ID_LIMIT", refusal.errorCode());
        assertEquals(200, results.size());
        assertEquals(List.of(true), results.stream().map(result -> result.asJsonObject().getBoolean("created")).distinct().toList());
    }
}
