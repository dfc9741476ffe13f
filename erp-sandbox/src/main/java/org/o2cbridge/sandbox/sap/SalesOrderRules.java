package org.o2cbridge.sandbox.sap;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sales order service accepts in a deep insert ({@code POST …/SalesOrder} with
 * {@code _Item}): the properties of {@code SalesOrder_Type} and {@code SalesOrderItem_Type} a
 * client may set (names and lengths as in the service's metadata), the computed ones it may not
 * (the number, prices and amounts: the system assigns and prices), the required ones, and the
 * scale of the item quantity.
 */
public final class SalesOrderRules {

    /** Header properties a client may send, with their maximum lengths (0: not a string). */
    public static final Map<String, Integer> HEADER = Map.ofEntries(
            Map.entry("SalesOrderType", 4), Map.entry("SalesOrganization", 4), Map.entry("DistributionChannel", 2),
            Map.entry("OrganizationDivision", 2), Map.entry("SoldToParty", 10),
            Map.entry("PurchaseOrderByCustomer", 35), Map.entry("CustomerPurchaseOrderDate", 0),
            Map.entry("SalesOrderDate", 0), Map.entry("RequestedDeliveryDate", 0), Map.entry("PricingDate", 0),
            Map.entry("TransactionCurrency", 3), Map.entry("CustomerPaymentTerms", 4),
            Map.entry("ShippingCondition", 2), Map.entry("IncotermsClassification", 3));
    /** Item properties a client may send. */
    public static final Map<String, Integer> ITEM = Map.ofEntries(
            Map.entry("SalesOrderItem", 6), Map.entry("Product", 18), Map.entry("RequestedQuantity", 0),
            Map.entry("RequestedQuantityISOUnit", 3), Map.entry("RequestedQuantitySAPUnit", 3),
            Map.entry("SalesOrderItemText", 40), Map.entry("MaterialByCustomer", 35),
            Map.entry("RequestedDeliveryDate", 0), Map.entry("Plant", 4));
    /** Computed properties: sending one is refused. */
    public static final Set<String> READ_ONLY = Set.of("SalesOrder", "TotalNetAmount", "NetAmount", "TaxAmount",
            "OverallSDProcessStatus", "SDProcessStatus", "CreationDate", "CreatedByUser", "LastChangeDateTime");
    /** Navigation properties of the header that a deep insert may carry. */
    public static final Set<String> NAVIGATION = Set.of("_Item", "_Text");
    /** The text entries' properties ({@code SalesOrderText_Type}). */
    public static final Map<String, Integer> TEXT = Map.of("Language", 2, "LongTextID", 4, "LongText", 0);
    static final Set<String> ORDER_TYPES = Set.of("OR", "TA");
    /** {@code RequestedQuantity} is {@code Edm.Decimal} with precision 15 and scale 3. */
    static final int QUANTITY_SCALE = 3;
    private static final List<String> REQUIRED = List.of("SalesOrderType", "SalesOrganization", "DistributionChannel",
            "OrganizationDivision", "SoldToParty");

    private SalesOrderRules() {
    }

    static void check(JsonObject body) {
        properties(body, HEADER, "");
        for (String name : REQUIRED) {
            if (!(body.get(name) instanceof JsonString s) || s.getString().isBlank()) {
                throw SapApiException.v4(400, "V1/301", "Enter a value for " + name, name);
            }
        }
        if (!ORDER_TYPES.contains(body.getString("SalesOrderType"))) {
            throw SapApiException.v4(400, "V1/385", "Sales document type " + body.getString("SalesOrderType")
                    + " is not defined", "SalesOrderType");
        }
        List<JsonObject> items = entries(body, "_Item");
        if (items.isEmpty()) {
            throw SapApiException.v4(400, "V1/555", "The sales document is not yet complete: enter at least one item", "_Item");
        }
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.get(i);
            properties(item, ITEM, "_Item(" + i + ")/");
            if (!(item.get("Product") instanceof JsonString product) || product.getString().isBlank()) {
                throw SapApiException.v4(400, "V1/301", "Enter a value for Product", "_Item(" + i + ")/Product");
            }
            BigDecimal quantity = decimal(item.get("RequestedQuantity"));
            if (quantity == null || quantity.signum() <= 0) {
                throw SapApiException.v4(400, "V1/242", "Enter a quantity greater than zero",
                        "_Item(" + i + ")/RequestedQuantity");
            }
            if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
                throw SapApiException.v4(400, "/IWBEP/CM_V4_RUNTIME/022", "Value '" + quantity.toPlainString()
                        + "' of property 'RequestedQuantity' has more than " + QUANTITY_SCALE + " decimal places",
                        "_Item(" + i + ")/RequestedQuantity");
            }
        }
        for (JsonObject text : entries(body, "_Text")) {
            properties(text, TEXT, "_Text/");
        }
    }

    /** An {@code Edm.Decimal}: a JSON number, or a string as {@code IEEE754Compatible=true} clients send it. */
    static BigDecimal decimal(JsonValue value) {
        try {
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            return value instanceof JsonString s ? new BigDecimal(s.getString()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<JsonObject> entries(JsonObject body, String navigation) {
        try {
            return SapBook.entries(body.get(navigation));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw SapApiException.v4(400, "/IWBEP/CM_V4_RUNTIME/021", "Navigation property '" + navigation
                    + "' must be a collection of entities", navigation);
        }
    }

    private static void properties(JsonObject entity, Map<String, Integer> allowed, String prefix) {
        for (Map.Entry<String, JsonValue> property : entity.entrySet()) {
            String name = property.getKey();
            if (name.startsWith("@") || (prefix.isEmpty() && NAVIGATION.contains(name))) {
                continue;
            }
            if (READ_ONLY.contains(name)) {
                throw SapApiException.v4(400, "/IWBEP/CM_V4_RUNTIME/047", "Property '" + name
                        + "' is read-only and must not be given", prefix + name);
            }
            Integer max = allowed.get(name);
            if (max == null) {
                throw SapApiException.v4(400, "/IWBEP/CM_V4_RUNTIME/021", "Property '" + name + "' is invalid",
                        prefix + name);
            }
            String text = SapBook.text(property.getValue());
            if (max > 0 && text != null && text.length() > max) {
                throw SapApiException.v4(400, "/IWBEP/CM_V4_RUNTIME/061", "Value of property '" + name
                        + "' exceeds the maximum length of " + max, prefix + name);
            }
        }
    }
}
