package org.o2cbridge.sandbox.salesforce.data;

import static org.o2cbridge.sandbox.salesforce.data.SObjectField.date;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.number;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.picklist;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.reference;
import static org.o2cbridge.sandbox.salesforce.data.SObjectField.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sObjects the simulated org holds, with the standard fields the bridge reads and the custom
 * fields the O2C package adds. Field names are matched case-insensitively, as Salesforce does.
 */
public enum SObjectType {

    ACCOUNT("Account", "001",
            text("Name", 255),
            text("BillingStreet", 255), text("BillingCity", 40), text("BillingState", 80),
            text("BillingPostalCode", 20), text("BillingCountry", 80),
            text("ShippingStreet", 255), text("ShippingCity", 40), text("ShippingState", 80),
            text("ShippingPostalCode", 20), text("ShippingCountry", 80),
            text("ERP_Customer_Id__c", 80)),
    ORDER("Order", "801",
            reference("AccountId"),
            picklist("Status", Order.DRAFT, Order.ACTIVATED),
            date("EffectiveDate"),
            text("CurrencyIsoCode", 3),
            text("PoNumber", 80),
            text("OrderNumber", 30).readOnly(),
            text("Legal_Entity__c", 80),
            text("ERP_Order_Number__c", 80),
            text("ERP_Status__c", 80),
            picklist("ERP_Sync_Status__c", Order.SYNC_PENDING, Order.SYNC_SYNCED, Order.SYNC_FAILED),
            text("ERP_Sync_Error__c", Order.SYNC_ERROR_MAX_LENGTH),
            text("Tracking_Numbers__c", 255),
            date("ERP_Ship_Date__c")),
    ORDER_ITEM("OrderItem", "802",
            reference("OrderId").readOnly(),
            text("ProductCode", 255).readOnly(),
            number("Quantity"),
            number("UnitPrice"),
            text("Unit_of_Measure__c", 20));

    private final String apiName;
    private final String keyPrefix;
    private final List<SObjectField> fields;

    SObjectType(String apiName, String keyPrefix, SObjectField... ownFields) {
        this.apiName = apiName;
        this.keyPrefix = keyPrefix;
        List<SObjectField> all = new ArrayList<>();
        all.add(reference("Id").readOnly());
        all.addAll(Arrays.asList(ownFields));
        all.add(new SObjectField("CreatedDate", SObjectField.Kind.DATETIME, false, 0, List.of()));
        all.add(new SObjectField("LastModifiedDate", SObjectField.Kind.DATETIME, false, 0, List.of()));
        this.fields = List.copyOf(all);
    }

    public static Optional<SObjectType> fromApiName(String name) {
        return Arrays.stream(values()).filter(type -> type.apiName.equalsIgnoreCase(name)).findFirst();
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
        String wanted = name.toLowerCase(Locale.ROOT);
        return fields.stream().filter(field -> field.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
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
