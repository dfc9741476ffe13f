package org.o2cbridge.connector.salesforce;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.o2cbridge.billing.BillingDocument;
import org.o2cbridge.billing.BillingRecord;
import org.o2cbridge.billing.BillingTarget;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BillingCollectionsJsonTest {

    private static final BillingDocument INVOICE = new BillingDocument("500000001", BillingDocument.Kind.INVOICE, "INV1",
            "1200", "900", null, new BigDecimal("120.50"), new BigDecimal("20.50"), "USD", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 31), "Open", null, Instant.parse("2026-01-01T00:01:00Z"));
    private static final BillingDocument PAYMENT = new BillingDocument("500000002", BillingDocument.Kind.PAYMENT, "PMT2",
            null, "900", "500000001", new BigDecimal("100"), null, "USD", LocalDate.of(2026, 1, 2), null, "Deposited",
            "Bitcoin", Instant.parse("2026-01-01T00:02:00Z"));

    @Test
    void anInvoiceCarriesItsOrderAccountAmountsAndKeyAndAPaymentNamesItsInvoiceByItsErpId() {
        JsonObject request = Json.createReader(new StringReader(BillingCollectionsJson.request(List.of(
                new BillingRecord(INVOICE, "801A", "001A", "Partially Paid"),
                new BillingRecord(PAYMENT, null, null, null))))).readObject();

        assertFalse(request.getBoolean("allOrNone"));
        JsonObject invoice = request.getJsonArray("records").getJsonObject(0);
        assertEquals("Invoice__c", invoice.getJsonObject("attributes").getString("type"));
        assertEquals("500000001", invoice.getString("ERP_Invoice_Id__c"));
        assertEquals("INV1", invoice.getString("Name"));
        assertEquals("801A", invoice.getString("Order__c"));
        assertEquals("001A", invoice.getString("Account__c"));
        assertEquals(new BigDecimal("120.50"), invoice.getJsonNumber("Amount__c").bigDecimalValue());
        assertEquals("2026-01-31", invoice.getString("Due_Date__c"));
        assertEquals("Partially Paid", invoice.getString("Status__c"));
        JsonObject payment = request.getJsonArray("records").getJsonObject(1);
        assertEquals("500000001", payment.getJsonObject("Invoice__r").getString("ERP_Invoice_Id__c"));
        assertFalse(payment.containsKey("Invoice__c"), payment.toString());
        assertFalse(payment.containsKey("Account__c"), "no customer the bridge knows: " + payment);
        assertEquals("Other", payment.getString("Payment_Method__c"), "a method the picklist lacks");
    }

    @Test
    void aPaymentCarriesItsCustomersAccountAndOneOnAccountEmptiesItsInvoice() {
        BillingDocument onAccount = new BillingDocument("500000003", BillingDocument.Kind.PAYMENT, "PMT3", null, "900",
                null, new BigDecimal("25"), null, "USD", LocalDate.of(2026, 1, 3), null, "Deposited", "Wire",
                Instant.parse("2026-01-01T00:03:00Z"));
        JsonObject request = Json.createReader(new StringReader(BillingCollectionsJson.request(List.of(
                new BillingRecord(PAYMENT, null, "001A", null), new BillingRecord(onAccount, null, "001A", null)))))
                .readObject();

        JsonObject applied = request.getJsonArray("records").getJsonObject(0);
        assertEquals("001A", applied.getString("Account__c"));
        assertEquals("500000001", applied.getJsonObject("Invoice__r").getString("ERP_Invoice_Id__c"));
        JsonObject unapplied = request.getJsonArray("records").getJsonObject(1);
        assertEquals("Payment__c", unapplied.getJsonObject("attributes").getString("type"));
        assertEquals("500000003", unapplied.getString("ERP_Payment_Id__c"));
        assertEquals("001A", unapplied.getString("Account__c"));
        assertEquals(JsonValue.NULL, unapplied.get("Invoice__c"), "applied to no invoice: " + unapplied);
        assertFalse(unapplied.containsKey("Invoice__r"), unapplied.toString());
        assertEquals("Wire", unapplied.getString("Payment_Method__c"));
    }

    @Test
    void aPaymentWithoutAMethodIsOther() {
        BillingDocument sap = new BillingDocument("1010/2026/1400000123/1", BillingDocument.Kind.PAYMENT, "1400000123",
                null, "17100001", "90000001", java.math.BigDecimal.TEN, null, "EUR", null, null, null, null, null);
        JsonObject request = Json.createReader(new StringReader(BillingCollectionsJson.request(List.of(
                new BillingRecord(sap, null, null, null))))).readObject();

        assertEquals("Other", request.getJsonArray("records").getJsonObject(0).getString("Payment_Method__c"));
    }

    @Test
    void aRefusedRecordComesBackWithSalesforcesCodeAndMessage() {
        String answer = "[{\"id\":\"a01x\",\"success\":true,\"errors\":[],\"created\":true},"
                + "{\"success\":false,\"errors\":[{\"statusCode\":\"INVALID_FIELD\",\"message\":\"Foreign key external ID: 9 "
                + "not found\",\"fields\":[]}],\"created\":false}]";

        List<BillingTarget.UpsertOutcome> outcomes = BillingCollectionsJson.results(List.of(
                new BillingRecord(INVOICE, "801A", null, "Open"), new BillingRecord(PAYMENT, null, null, null)), answer);

        assertEquals(new BillingTarget.UpsertOutcome("500000001", true, null, null), outcomes.get(0));
        assertEquals(new BillingTarget.UpsertOutcome("500000002", false, "INVALID_FIELD",
                "Foreign key external ID: 9 not found"), outcomes.get(1));
    }
}
