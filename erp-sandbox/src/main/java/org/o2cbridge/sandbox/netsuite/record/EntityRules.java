package org.o2cbridge.sandbox.netsuite.record;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The account's rules for customers and items: a customer needs a company name of at most 83
 * characters (or, for a person, a last name) and gets it as its {@code entityId} unless one is
 * given, and its addresses' {@code addr1..addr3} hold at most 150 characters each; an item needs
 * an {@code itemId} and a base price of 0 or more.
 */
final class EntityRules {

    static final int COMPANY_NAME_MAX = 83;
    static final int ADDRESS_LINE_MAX = 150;

    private EntityRules() {
    }

    static JsonObject checkCustomer(JsonObject customer) {
        boolean person = customer.getBoolean("isPerson", false);
        String name = text(customer, person ? "lastName" : "companyName");
        if (name == null || name.isBlank()) {
            throw new NetSuiteApiException(400, "USER_ERROR", "Error while accessing resource: Please enter value(s) for: "
                    + (person ? "Last Name" : "Company Name"), person ? "lastName" : "companyName");
        }
        if (!person && name.length() > COMPANY_NAME_MAX) {
            throw NetSuiteApiException.invalidContent("Error while accessing resource: The field companyName contained "
                    + "more than the maximum number ( " + COMPANY_NAME_MAX + " ) of characters allowed.", "companyName");
        }
        checkAddressLines(customer);
        if (text(customer, "entityId") != null) {
            return customer;
        }
        return Json.createObjectBuilder(customer).add("entityId", person
                ? (text(customer, "firstName") == null ? "" : text(customer, "firstName") + " ") + name : name).build();
    }

    static JsonObject checkItem(JsonObject item) {
        String itemId = text(item, "itemId");
        if (itemId == null || itemId.isBlank()) {
            throw new NetSuiteApiException(400, "USER_ERROR",
                    "Error while accessing resource: Please enter value(s) for: Item Name/Number", "itemId");
        }
        if (!(item.get("basePrice") instanceof JsonNumber price) || price.bigDecimalValue().signum() < 0) {
            throw NetSuiteApiException.invalidFieldValue(String.valueOf(item.get("basePrice")), "basePrice", "basePrice");
        }
        return item.containsKey("displayName") ? item : Json.createObjectBuilder(item).add("displayName", itemId).build();
    }

    private static void checkAddressLines(JsonObject customer) {
        if (!(customer.get("addressBook") instanceof JsonObject book) || !(book.get("items") instanceof JsonArray items)) {
            return;
        }
        for (JsonValue item : items) {
            if (item instanceof JsonObject entry && entry.get("addressBookAddress") instanceof JsonObject address) {
                for (String field : new String[] {"addr1", "addr2", "addr3"}) {
                    String line = text(address, field);
                    if (line != null && line.length() > ADDRESS_LINE_MAX) {
                        throw NetSuiteApiException.invalidContent("Error while accessing resource: The field " + field
                                + " contained more than the maximum number ( " + ADDRESS_LINE_MAX
                                + " ) of characters allowed.", "addressBook.items.addressBookAddress." + field);
                    }
                }
            }
        }
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString value ? value.getString() : null;
    }
}
