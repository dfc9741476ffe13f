package org.o2cbridge.sandbox.salesforce.data;

import static org.o2cbridge.sandbox.salesforce.data.SObjectField.checkbox;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.date;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.dateTime;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.number;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.picklist;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.reference;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sObjects the simulated org holds, with the standard fields the bridge reads and the custom
 * fields and objects the O2C package adds (external ids as the package defines them). Product2 has
 * its standard fields and the package's {@code ERP_Item_Id__c} and {@code Available_Quantity__c}.
 * Pricebook2 is the price books ({@code IsStandard} read-only: the org's one standard price book is
 * seeded, {@link SalesforceOrg#STANDARD_PRICE_BOOK_ID}); PricebookEntry is their prices, whose
 * {@code Pricebook2Id}, {@code Product2Id} and {@code CurrencyIsoCode} can be set on create only,
 * with the package's {@code ERP_Price_Key__c}. Payment__c names its customer ({@code Account__c})
 * and the invoice it was applied to ({@code Invoice__c}), two lookups either of which may be empty
 * (a payment on account has no invoice). Field names
 * are matched case-insensitively, as Salesforce does. Each field has a fixed position, so a record
 * stores its values in one array.
 */
public enum SObjectType {

    ACCOUNT("Account", "001",
            text("Name", 255),
            text("BillingStreet", 255), text("BillingCity", 40), text("BillingState", 80),
            text("BillingPostalCode", 20), text("BillingCountry", 80),
            text("ShippingStreet", 255), text("ShippingCity", 40), text("ShippingState", 80),
            text("ShippingPostalCode", 20), text("ShippingCountry", 80),
            text("ERP_Customer_Id__c", 80).asExternalId()),
    ORDER("Order", "801",
            reference("AccountId", "Account"),
            picklist("Status", Order.DRAFT, Order.ACTIVATED),
            date("EffectiveDate"),
            dateTime("ActivatedDate").readOnly(),
            text("CurrencyIsoCode", 3),
            text("PoNumber", 80),
            text("OrderNumber", 30).readOnly(),
            number("TotalAmount").readOnly(),
            text("Legal_Entity__c", 80),
            text("Payment_Terms__c", 80),
            text("Shipping_Method__c", 80),
            text("ERP_External_Id__c", 100).asExternalId(),
            text("ERP_Order_Number__c", 80),
            text("ERP_Status__c", 80),
            picklist("ERP_Sync_Status__c", Order.SYNC_PENDING, Order.SYNC_SYNCED, Order.SYNC_FAILED),
            text("ERP_Sync_Error__c", Order.SYNC_ERROR_MAX_LENGTH),
            text("Tracking_Numbers__c", 4000),
            date("ERP_Ship_Date__c")),
    ORDER_ITEM("OrderItem", "802",
            reference("OrderId", "Order").createOnly(),
            text("ProductCode", 255).createOnly(),
            number("Quantity"),
            number("UnitPrice"),
            text("Unit_of_Measure__c", 20),
            text("ERP_Line_Id__c", 100).asExternalId()),
    INVOICE("Invoice__c", "a01",
            text("Name", 80),
            reference("Account__c", "Account"),
            reference("Order__c", "Order"),
            number("Amount__c"),
            number("Balance__c"),
            text("Currency_Code__c", 3),
            date("Due_Date__c"),
            text("ERP_Invoice_Id__c", 100).asExternalId(),
            picklist("Status__c", "Open", "Partially Paid", "Paid", "Overdue", "Cancelled")),
    PAYMENT("Payment__c", "a02",
            text("Name", 80),
            reference("Account__c", "Account"),
            reference("Invoice__c", "Invoice__c"),
            number("Amount__c"),
            text("ERP_Payment_Id__c", 100).asExternalId(),
            date("Payment_Date__c"),
            picklist("Payment_Method__c", "Wire", "ACH", "Check", "Credit Card", "Cash", "Other")),
    PRODUCT2("Product2", "01t",
            text("Name", 255),
            text("ProductCode", 255),
            text("Description", 4000),
            checkbox("IsActive"),
            number("Available_Quantity__c"),
            text("ERP_Item_Id__c", 80).asExternalId()),
    PRICEBOOK2("Pricebook2", "01s",
            text("Name", 255),
            checkbox("IsActive"),
            checkbox("IsStandard").readOnly()),
    PRICEBOOK_ENTRY("PricebookEntry", "01u",
            reference("Pricebook2Id", "Pricebook2").createOnly(),
            reference("Product2Id", "Product2").createOnly(),
            text("CurrencyIsoCode", 3).createOnly(),
            number("UnitPrice"),
            checkbox("IsActive"),
            text("ERP_Price_Key__c", 255).asExternalId());

    private final String apiName;
    private final String keyPrefix;
    private final List<SObjectField> fields;
    private final Map<String, Integer> positions = new HashMap<>();

    SObjectType(String apiName, String keyPrefix, SObjectField... ownFields) {
        this.apiName = apiName;
        this.keyPrefix = keyPrefix;
        List<SObjectField> all = new ArrayList<>();
        all.add(reference("Id", null).readOnly());
        all.addAll(Arrays.asList(ownFields));
        all.add(dateTime("CreatedDate"));
        all.add(dateTime("LastModifiedDate"));
        this.fields = List.copyOf(all);
        for (int i = 0; i < fields.size(); i++) {
            positions.put(fields.get(i).name().toLowerCase(Locale.ROOT), i);
        }
    }

    public static Optional<SObjectType> fromApiName(String name) {
        return Arrays.stream(values()).filter(type -> type.apiName.equalsIgnoreCase(name)).findFirst();
    }

    public static Optional<SObjectType> fromKeyPrefix(String id) {
        return Arrays.stream(values()).filter(type -> id.startsWith(type.keyPrefix)).findFirst();
    }

    public String apiName() {
        return apiName;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public List<SObjectField> fields() {
        return fields;
    }

    public Optional<SObjectField> field(String name) {
        Integer position = positions.get(name.toLowerCase(Locale.ROOT));
        return position == null ? Optional.empty() : Optional.of(fields.get(position));
    }

    /** The lookup field addressed by a relationship name ({@code Order}, {@code Invoice__r}), ignoring case. */
    public Optional<SObjectField> relationship(String relationshipName) {
        return fields.stream().filter(field -> relationshipName.equalsIgnoreCase(field.relationshipName())).findFirst();
    }

    /** The position of a field (by its exact API name) in a record's values, or -1. */
    int position(String name) {
        Integer position = positions.get(name.toLowerCase(Locale.ROOT));
        return position == null ? -1 : position;
    }

    /** Field names and values of the Order object that the package's behaviour relies on. */
    public static final class Order {
        public static final String DRAFT = "Draft";
        public static final String ACTIVATED = "Activated";
        public static final String SYNC_PENDING = "Pending";
        public static final String SYNC_SYNCED = "Synced";
        public static final String SYNC_FAILED = "Failed";
        public static final int SYNC_ERROR_MAX_LENGTH = 255;

        private Order() {
        }
    }
}
