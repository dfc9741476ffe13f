package org.o2cbridge.sandbox.sap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The simulated S/4HANA system's data: the product catalog with prices, the sales areas
 * (sales organisation / distribution channel / division) that exist, business partners with their
 * customer sales areas, and sales orders, numbered from their number ranges. Every document a
 * client creates is counted by its external key ({@code BusinessPartnerIDByExtSystem},
 * {@code PurchaseOrderByCustomer}), so a test can prove that none was created twice.
 */
public class SapBook {

    /** A product and its price per unit, which the system uses to price order lines. */
    public record Product(String id, BigDecimal price) {
    }

    private final Map<String, Product> defaultProducts;
    private final Set<String> salesAreas;
    private final Consumer<String> createdWithKey;
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, JsonObject> partners = new LinkedHashMap<>();
    private final Map<String, Set<String>> customerSalesAreas = new LinkedHashMap<>();
    private final Map<String, JsonObject> salesOrders = new LinkedHashMap<>();
    private long nextPartner;
    private long nextSalesOrder;
    /** The external keys created inside {@link #atomically}, reported once it has succeeded. */
    private List<String> pendingKeys;

    public SapBook(List<Product> catalog, Set<String> salesAreas, Consumer<String> createdWithKey) {
        this.defaultProducts = new LinkedHashMap<>();
        catalog.forEach(p -> defaultProducts.put(p.id(), p));
        this.salesAreas = Set.copyOf(salesAreas);
        this.createdWithKey = createdWithKey;
        clear();
    }

    /** Forgets every document and puts the configured catalog back; number ranges start again. */
    public synchronized void clear() {
        products.clear();
        products.putAll(defaultProducts);
        partners.clear();
        customerSalesAreas.clear();
        salesOrders.clear();
        nextPartner = 10100001;
        nextSalesOrder = 4000001;
    }

    /**
     * Runs {@code work} (creates of this book) all or nothing, as an OData change set: when it
     * throws, every document it made is forgotten and the number ranges are as they were.
     */
    public synchronized <T> T atomically(java.util.function.Supplier<T> work) {
        Map<String, JsonObject> partnersBefore = new LinkedHashMap<>(partners);
        Map<String, Set<String>> areasBefore = new LinkedHashMap<>();
        customerSalesAreas.forEach((customer, keys) -> areasBefore.put(customer, new java.util.TreeSet<>(keys)));
        Map<String, JsonObject> ordersBefore = new LinkedHashMap<>(salesOrders);
        long partnerBefore = nextPartner;
        long orderBefore = nextSalesOrder;
        pendingKeys = new ArrayList<>();
        try {
            T result = work.get();
            List<String> created = pendingKeys;
            pendingKeys = null;
            created.forEach(createdWithKey);
            return result;
        } catch (RuntimeException e) {
            pendingKeys = null;
            partners.clear();
            partners.putAll(partnersBefore);
            customerSalesAreas.clear();
            customerSalesAreas.putAll(areasBefore);
            salesOrders.clear();
            salesOrders.putAll(ordersBefore);
            nextPartner = partnerBefore;
            nextSalesOrder = orderBefore;
            throw e;
        }
    }

    private void created(String key) {
        if (pendingKeys != null) {
            pendingKeys.add(key);
        } else {
            createdWithKey.accept(key);
        }
    }

    /** Creates a business partner from a v2 deep insert; answers it as stored. */
    public synchronized JsonObject createBusinessPartner(JsonObject body) {
        JsonObject partner = BusinessPartnerRules.check(body);
        List<JsonObject> areas = BusinessPartnerRules.salesAreas(partner);
        for (JsonObject area : areas) {
            String key = BusinessPartnerRules.salesAreaKey(area);
            if (!salesAreas.contains(key)) {
                throw SapApiException.v2(400, "CVI_EI/001", "Sales area " + key.replace('/', ' ')
                        + " is not defined", "to_Customer/to_CustomerSalesArea");
            }
        }
        String number = Long.toString(nextPartner++);
        boolean customer = BusinessPartnerRules.hasCustomerRole(partner);
        JsonObjectBuilder stored = Json.createObjectBuilder(partner).add("BusinessPartner", number)
                .add("Customer", customer ? number : "");
        JsonObject saved = stored.build();
        partners.put(number, saved);
        if (customer) {
            Set<String> keys = new java.util.TreeSet<>();
            areas.forEach(area -> keys.add(BusinessPartnerRules.salesAreaKey(area)));
            customerSalesAreas.put(number, keys);
        }
        String externalKey = saved.getString("BusinessPartnerIDByExtSystem", "");
        created(externalKey.isEmpty() ? number : externalKey);
        return saved;
    }

    /** The customers' sales areas as {@code A_CustomerSalesArea} entities. */
    public synchronized List<JsonObject> customerSalesAreas(Predicate<JsonObject> filter) {
        List<JsonObject> areas = new ArrayList<>();
        customerSalesAreas.forEach((customer, keys) -> keys.forEach(key -> {
            String[] parts = key.split("/", -1);
            areas.add(Json.createObjectBuilder().add("Customer", customer).add("SalesOrganization", parts[0])
                    .add("DistributionChannel", parts[1]).add("Division", parts[2]).build());
        }));
        return areas.stream().filter(filter).toList();
    }

    /** Extends a customer to one more sales area ({@code POST A_CustomerSalesArea}). */
    public synchronized JsonObject extendSalesArea(JsonObject body) {
        JsonObject area = BusinessPartnerRules.checkSalesArea(body);
        String customer = area.getString("Customer", "");
        String key = BusinessPartnerRules.salesAreaKey(area);
        if (!customerSalesAreas.containsKey(customer)) {
            throw SapApiException.v2(400, "CVI_EI/010", "Customer " + customer + " does not exist", "Customer");
        }
        if (!salesAreas.contains(key)) {
            throw SapApiException.v2(400, "CVI_EI/001", "Sales area " + key.replace('/', ' ') + " is not defined",
                    "SalesOrganization");
        }
        if (!customerSalesAreas.get(customer).add(key)) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/005", "Customer " + customer + " already exists in sales area "
                    + key.replace('/', ' '), "SalesOrganization");
        }
        return area;
    }

    public synchronized List<JsonObject> businessPartners(Predicate<JsonObject> filter) {
        return partners.values().stream().filter(filter).toList();
    }

    /** Creates a sales order from a v4 deep insert of header and items; the system prices the lines. */
    public synchronized JsonObject createSalesOrder(JsonObject body) {
        SalesOrderRules.check(body);
        String area = body.getString("SalesOrganization") + "/" + body.getString("DistributionChannel") + "/"
                + body.getString("OrganizationDivision");
        if (!salesAreas.contains(area)) {
            throw SapApiException.v4(400, "V1/312", "Sales area " + area.replace('/', ' ') + " is not defined",
                    "SalesOrganization");
        }
        String soldTo = body.getString("SoldToParty");
        if (!customerSalesAreas.getOrDefault(soldTo, Set.of()).contains(area)) {
            throw SapApiException.v4(400, "V1/390", "Sold-to party " + soldTo + " not maintained for sales area "
                    + area.replace('/', ' '), "SoldToParty");
        }
        String currency = body.getString("TransactionCurrency", "EUR");
        List<JsonObject> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int position = 10;
        for (JsonValue value : body.getJsonArray("_Item")) {
            JsonObject item = value.asJsonObject();
            String productId = item.getString("Product");
            Product product = products.get(productId);
            if (product == null) {
                throw SapApiException.v4(400, "M3/305", "The material " + productId
                        + " does not exist or is not activated", "_Item(" + position + ")/Product");
            }
            BigDecimal quantity = SalesOrderRules.decimal(item.get("RequestedQuantity"));
            BigDecimal net = product.price().multiply(quantity);
            total = total.add(net);
            items.add(Json.createObjectBuilder(item)
                    .add("SalesOrderItem", item.getString("SalesOrderItem", Integer.toString(position)))
                    .add("RequestedQuantity", quantity)
                    .add("NetAmount", net)
                    .add("TransactionCurrency", currency)
                    .add("SDProcessStatus", "A").build());
            position += 10;
        }
        String number = Long.toString(nextSalesOrder++);
        var itemArray = Json.createArrayBuilder();
        items.forEach(i -> itemArray.add(Json.createObjectBuilder(i).add("SalesOrder", number)));
        JsonObject order = Json.createObjectBuilder(body)
                .add("SalesOrder", number)
                .add("TransactionCurrency", currency)
                .add("TotalNetAmount", total)
                .add("OverallSDProcessStatus", "A")
                .add("_Item", itemArray).build();
        salesOrders.put(number, order);
        created(order.getString("PurchaseOrderByCustomer", number));
        return order;
    }

    public synchronized List<JsonObject> salesOrders(Predicate<JsonObject> filter) {
        return salesOrders.values().stream().filter(filter).toList();
    }

    /** Removes the sales orders that match (a document deleted in SAP); how many there were. */
    public synchronized int deleteSalesOrders(Predicate<JsonObject> filter) {
        List<String> numbers = salesOrders.entrySet().stream().filter(e -> filter.test(e.getValue()))
                .map(Map.Entry::getKey).toList();
        numbers.forEach(salesOrders::remove);
        return numbers.size();
    }

    public synchronized Optional<JsonObject> salesOrder(String number) {
        return Optional.ofNullable(salesOrders.get(number));
    }

    public synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("A_BusinessPartner", partners.size());
        counts.put("SalesOrder", salesOrders.size());
        counts.put("Product", products.size());
        return counts;
    }

    /** The text of a JSON value that may be a string or a number. */
    static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        return value == null ? null : value.toString();
    }

    /** A navigation property as a list: a plain array, or v2's {@code {"results":[…]}}. */
    static List<JsonObject> entries(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        JsonArray array = value instanceof JsonObject wrapper && wrapper.containsKey("results")
                ? wrapper.getJsonArray("results") : value instanceof JsonArray a ? a : null;
        if (array == null) {
            throw new IllegalArgumentException("not a collection");
        }
        return array.stream().map(JsonValue::asJsonObject).toList();
    }
}
