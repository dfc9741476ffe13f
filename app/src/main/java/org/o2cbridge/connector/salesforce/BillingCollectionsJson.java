package org.o2cbridge.connector.salesforce;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.o2cbridge.billing.BillingDocument;
import org.o2cbridge.billing.BillingRecord;
import org.o2cbridge.billing.BillingTarget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON of an sObject Collections upsert of the package's {@code Invoice__c} (invoices and
 * credit memos, keyed by {@code ERP_Invoice_Id__c}) and {@code Payment__c} (keyed by
 * {@code ERP_Payment_Id__c}, its invoice named by the invoice's ERP id), with
 * {@code allOrNone:false}, and the reading of its answer, one UpsertResult per record in order.
 * A payment's invoice and customer are lookups: a payment carries its customer's Account when the
 * bridge knows it, and a payment on account (applied to no invoice) empties its invoice, so a
 * payment the ERP unapplies loses the invoice it had in Salesforce.
 */
final class BillingCollectionsJson {

    static final String INVOICE = "Invoice__c";
    static final String INVOICE_KEY = "ERP_Invoice_Id__c";
    static final String PAYMENT = "Payment__c";
    static final String PAYMENT_KEY = "ERP_Payment_Id__c";
    private static final Set<String> PAYMENT_METHODS = Set.of("Wire", "ACH", "Check", "Credit Card", "Cash");

    private BillingCollectionsJson() {
    }

    static String request(List<BillingRecord> records) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        records.forEach(record -> array.add(record.document().kind() == BillingDocument.Kind.PAYMENT
                ? payment(record) : invoice(record)));
        return Json.createObjectBuilder().add("allOrNone", false).add("records", array).build().toString();
    }

    static JsonObjectBuilder invoice(BillingRecord record) {
        BillingDocument document = record.document();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("attributes", Json.createObjectBuilder().add("type", INVOICE))
                .add(INVOICE_KEY, document.erpId())
                .add("Name", name(document))
                .add("Order__c", record.sfOrderId())
                .add("Status__c", record.sfStatus());
        optional(json, "Account__c", record.sfAccountId());
        optional(json, "Amount__c", document.amount());
        optional(json, "Balance__c", document.amountRemaining());
        optional(json, "Currency_Code__c", document.currency());
        optional(json, "Due_Date__c", document.dueDate() == null ? null : document.dueDate().toString());
        return json;
    }

    static JsonObjectBuilder payment(BillingRecord record) {
        BillingDocument document = record.document();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("attributes", Json.createObjectBuilder().add("type", PAYMENT))
                .add(PAYMENT_KEY, document.erpId())
                .add("Name", name(document))
                .add("Payment_Method__c", document.paymentMethod() != null
                        && PAYMENT_METHODS.contains(document.paymentMethod()) ? document.paymentMethod() : "Other");
        if (document.appliedToErpId() != null) {
            json.add("Invoice__r", Json.createObjectBuilder().add(INVOICE_KEY, document.appliedToErpId()));
        } else {
            json.addNull("Invoice__c");
        }
        optional(json, "Account__c", record.sfAccountId());
        optional(json, "Amount__c", document.amount());
        optional(json, "Payment_Date__c", document.date() == null ? null : document.date().toString());
        return json;
    }

    private static String name(BillingDocument document) {
        String name = document.number() != null ? document.number() : document.key();
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    private static void optional(JsonObjectBuilder json, String field, Object value) {
        if (value instanceof BigDecimal number) {
            json.add(field, number);
        } else if (value != null) {
            json.add(field, value.toString());
        }
    }

    /** One outcome per record, matched by position; an answer of another shape is rejected. */
    static List<BillingTarget.UpsertOutcome> results(List<BillingRecord> records, String body) {
        JsonArray results = OrderCollectionsJson.results(body, records.size(), "billing upsert");
        List<BillingTarget.UpsertOutcome> outcomes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            String erpId = records.get(i).document().erpId();
            JsonObject result = results.getJsonObject(i);
            if (result.getBoolean("success", false)) {
                outcomes.add(new BillingTarget.UpsertOutcome(erpId, true, null, null));
            } else {
                JsonArray errors = result.get("errors") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
                JsonObject first = !errors.isEmpty() && errors.get(0) instanceof JsonObject error ? error : null;
                outcomes.add(new BillingTarget.UpsertOutcome(erpId, false,
                        first == null ? null : first.getString("statusCode", null),
                        first == null ? "Salesforce gave no reason" : first.getString("message", null)));
            }
        }
        return outcomes;
    }
}
