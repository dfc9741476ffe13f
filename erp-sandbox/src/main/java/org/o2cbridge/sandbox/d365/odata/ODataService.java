package org.o2cbridge.sandbox.d365.odata;

import org.o2cbridge.sandbox.platform.ODataFilter;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o2cbridge.sandbox.d365.odata.D365Store.EntitySet;
import org.o2cbridge.sandbox.d365.odata.D365Store.Transaction;

/**
 * Carries out OData operations on the simulated environment's data entities as F&O does for the
 * operations the bridge uses: read by key, query with {@code $filter} ({@code eq} joined by
 * {@code and}, or chains of {@code eq} on one field) across companies, create ({@code POST}), update ({@code PATCH} on a key; 404 when
 * there is none). Every record needs a {@code dataAreaId} naming a known company; a sales order
 * needs a customer of its company; a line needs its order and a released product of its company.
 * Refused writes are 500 {@code AxODataWriteException} with the Infolog text.
 */
public final class ODataService {

    private static final Pattern SEGMENT = Pattern.compile("(?:\\$(\\d+)/)?([A-Za-z0-9]+)(?:\\((.*)\\))?");
    private static final Pattern CONDITION = Pattern.compile("\\s*(\\w+)\\s+eq\\s+'((?:[^']|'')*)'\\s*");
    private static final int NAME_MAX = 100;
    /** F&O's server-driven page: at most this many rows per answer. */
    static final int PAGE = 10_000;
    private static final int STREET_MAX = 250;

    private final D365Store store;
    private final Set<String> companies;
    private final String defaultCompany;
    private final Consumer<String> createdWithKey;

    /** {@code createdWithKey} hears the client's key of each customer and sales order created. */
    public ODataService(D365Store store, Set<String> companies, String defaultCompany, Consumer<String> createdWithKey) {
        this.store = store;
        this.companies = companies;
        this.defaultCompany = defaultCompany;
        this.createdWithKey = createdWithKey;
    }

    /** The company a query without {@code cross-company=true} reads. */
    public String defaultCompany() {
        return defaultCompany;
    }

    public D365Store store() {
        return store;
    }

    /** Runs one operation on its own. */
    public ODataAnswer execute(ODataRequest request, String serviceRoot) {
        try {
            return store.inTransaction(tx -> execute(request, serviceRoot, tx, Map.of()));
        } catch (ODataException e) {
            return ODataAnswer.error(e);
        }
    }

    /** Runs one operation inside {@code tx}; {@code created} holds the change set's entities by Content-ID. */
    public ODataAnswer execute(ODataRequest request, String serviceRoot, Transaction tx, Map<String, JsonObject> created) {
        Matcher segment = SEGMENT.matcher(request.path());
        if (!segment.matches()) {
            throw ODataException.notFound(serviceRoot + request.path());
        }
        EntitySet set = EntitySet.byApiName(segment.group(2))
                .orElseThrow(() -> ODataException.notFound(serviceRoot + request.path()));
        JsonObject parent = null;
        if (segment.group(1) != null) {
            parent = created.get(segment.group(1));
            if (parent == null) {
                throw ODataException.badRequest("Content-ID $" + segment.group(1) + " names no entity of this change set.");
            }
        }
        Map<String, String> key = segment.group(3) == null ? null : KeyPredicate.parse(segment.group(3));
        return switch (request.method()) {
            case "GET" -> key == null ? query(set, request.query(), serviceRoot) : read(set, key, serviceRoot);
            case "POST" -> {
                if (key != null) {
                    throw ODataException.badRequest("POST goes to the entity set, not to a key.");
                }
                yield create(set, body(request), parent, serviceRoot, tx);
            }
            case "PATCH" -> {
                if (key == null) {
                    throw ODataException.badRequest("PATCH needs a key.");
                }
                yield update(set, key, body(request), tx);
            }
            default -> throw ODataException.badRequest("The method " + request.method() + " is not supported here.");
        };
    }

    private ODataAnswer read(EntitySet set, Map<String, String> key, String serviceRoot) {
        String company = key.get("dataAreaId");
        String id = key.get(set.keyField());
        if (company == null || id == null || key.size() != 2) {
            throw ODataException.badRequest("All key fields are required: dataAreaId and " + set.keyField() + ".");
        }
        JsonObject entity = store.find(set, company, id)
                .orElseThrow(() -> ODataException.notFound(serviceRoot + set.apiName() + "(" + key + ")"));
        return ODataAnswer.of(200, withMetadata(entity, serviceRoot + "$metadata#" + set.apiName() + "/$entity"));
    }

    private ODataAnswer query(EntitySet set, Map<String, String> options, String serviceRoot) {
        if (set == EntitySet.PACKING_SLIPS || (set == EntitySet.RELEASED_PRODUCTS
                && (options.containsKey("$orderby") || options.containsKey("$skip") || options.containsKey("$count")))) {
            return changeQuery(set, options, serviceRoot);
        }
        Map<String, Set<String>> conditions = filter(options.get("$filter"));
        boolean crossCompany = "true".equalsIgnoreCase(options.get("cross-company"));
        int top = options.containsKey("$top") ? Integer.parseInt(options.get("$top")) : 10_000;
        JsonArrayBuilder value = Json.createArrayBuilder();
        store.all(set).stream()
                .filter(e -> crossCompany || conditions.containsKey("dataAreaId")
                        || D365Store.company(e.getString("dataAreaId")).equals(defaultCompany))
                .filter(e -> conditions.entrySet().stream()
                        .allMatch(c -> c.getValue().stream().anyMatch(v -> matches(e, c.getKey(), v))))
                .limit(top)
                .forEach(e -> value.add(withMetadata(e, null)));
        return ODataAnswer.of(200, Json.createObjectBuilder()
                .add("@odata.context", serviceRoot + "$metadata#" + set.apiName()).add("value", value).build());
    }

    /**
     * A query as the change reads ask it: {@code $filter} with comparisons joined by and/or
     * ({@link ODataFilter}), {@code $orderby}, {@code $skip}, {@code $top}, {@code $count=true},
     * {@code $select}; F&O's server-driven paging gives at most {@value #PAGE} rows and then an
     * {@code @odata.nextLink}.
     */
    private ODataAnswer changeQuery(EntitySet set, Map<String, String> options, String serviceRoot) {
        java.util.function.Predicate<JsonObject> matches;
        try {
            matches = ODataFilter.parse(options.get("$filter"));
        } catch (IllegalArgumentException e) {
            throw ODataException.badRequest(e.getMessage());
        }
        boolean crossCompany = "true".equalsIgnoreCase(options.get("cross-company"));
        java.util.List<JsonObject> found = new java.util.ArrayList<>(store.all(set).stream()
                .filter(e -> crossCompany || D365Store.company(e.getString("dataAreaId")).equals(defaultCompany))
                .filter(matches).toList());
        String orderBy = options.get("$orderby");
        if (orderBy != null && !orderBy.isBlank()) {
            java.util.Comparator<JsonObject> order = null;
            for (String term : orderBy.split("\\s*,\\s*")) {
                String[] parts = term.strip().split("\\s+");
                java.util.Comparator<JsonObject> by = java.util.Comparator.comparing(
                        (JsonObject e) -> text(e, parts[0]) == null ? "" : text(e, parts[0]));
                if (parts.length > 1 && parts[1].equalsIgnoreCase("desc")) {
                    by = by.reversed();
                }
                order = order == null ? by : order.thenComparing(by);
            }
            found.sort(order);
        }
        int skip = options.containsKey("$skip") ? Integer.parseInt(options.get("$skip")) : 0;
        long top = options.containsKey("$top") ? Long.parseLong(options.get("$top")) : Long.MAX_VALUE;
        int to = (int) Math.min(found.size(), Math.min(skip + top, (long) skip + PAGE));
        java.util.Set<String> fields = options.get("$select") == null ? null
                : java.util.Set.of(options.get("$select").split("\\s*,\\s*"));
        JsonArrayBuilder value = Json.createArrayBuilder();
        for (JsonObject e : skip >= found.size() ? java.util.List.<JsonObject>of() : found.subList(skip, to)) {
            JsonObjectBuilder row = Json.createObjectBuilder();
            e.forEach((k, v) -> {
                if (fields == null || fields.contains(k) || k.equals("dataAreaId")) {
                    row.add(k, v);
                }
            });
            value.add(withMetadata(row.build(), null));
        }
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("@odata.context", serviceRoot + "$metadata#" + set.apiName());
        if ("true".equalsIgnoreCase(options.get("$count"))) {
            answer.add("@odata.count", found.size());
        }
        answer.add("value", value);
        long remaining = top == Long.MAX_VALUE ? found.size() - to : skip + top - to;
        if (to < found.size() && remaining > 0) {
            StringBuilder link = new StringBuilder(serviceRoot + set.apiName() + "?");
            java.util.Map<String, String> next = new java.util.LinkedHashMap<>(options);
            next.put("$skip", Integer.toString(to));
            if (top != Long.MAX_VALUE) {
                next.put("$top", Long.toString(remaining));
            }
            next.forEach((k, v) -> link.append(k).append('=').append(java.net.URLEncoder.encode(v,
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).append('&'));
            answer.add("@odata.nextLink", link.substring(0, link.length() - 1));
        }
        return ODataAnswer.of(200, answer.build());
    }

    private ODataAnswer create(EntitySet set, JsonObject body, JsonObject parent, String serviceRoot, Transaction tx) {
        JsonObjectBuilder entity = Json.createObjectBuilder(body);
        if (parent != null) {
            entity.add("dataAreaId", parent.getString("dataAreaId"));
            entity.add("SalesOrderNumber", parent.getString("SalesOrderNumber"));
        }
        JsonObject given = entity.build();
        String company = company(set, given);
        JsonObject saved = switch (set) {
            case CUSTOMERS -> createCustomer(given, company);
            case SALES_ORDER_HEADERS -> createSalesOrder(given, company);
            case SALES_ORDER_LINES -> createLine(given, company);
            case RELEASED_PRODUCTS -> Json.createObjectBuilder(given).add("dataAreaId", company).build();
            case PACKING_SLIPS -> throw ODataException.badRequest("Packing slips are posted from sales orders, "
                    + "not created through this entity.");
        };
        String key = saved.getString(set.keyField());
        tx.put(set, company, key, saved);
        String clientKey = set == EntitySet.CUSTOMERS ? key
                : set == EntitySet.SALES_ORDER_HEADERS ? text(saved, "CustomersOrderReference") : null;
        if (clientKey != null) {
            tx.afterCommit(() -> createdWithKey.accept(clientKey));
        }
        String location = serviceRoot + set.apiName() + "(dataAreaId='" + company + "'," + set.keyField() + "='"
                + key.replace("'", "''") + "')";
        return new ODataAnswer(201, location,
                withMetadata(saved, serviceRoot + "$metadata#" + set.apiName() + "/$entity"));
    }

    private JsonObject createCustomer(JsonObject given, String company) {
        String account = text(given, "CustomerAccount");
        if (account == null || account.isBlank()) {
            throw ODataException.writeFailed(EntitySet.CUSTOMERS.entityType(), "Field 'Customer account' must be filled in.");
        }
        if (store.find(EntitySet.CUSTOMERS, company, account).isPresent()) {
            throw ODataException.writeFailed(EntitySet.CUSTOMERS.entityType(), "Cannot create a record in Customers "
                    + "(CustTable). Customer account: " + account + ". The record already exists.");
        }
        checkName(given);
        return Json.createObjectBuilder(given).add("dataAreaId", company).build();
    }

    private JsonObject createSalesOrder(JsonObject given, String company) {
        String customer = text(given, "OrderingCustomerAccountNumber");
        if (customer == null || store.find(EntitySet.CUSTOMERS, company, customer).isEmpty()) {
            throw ODataException.writeFailed(EntitySet.SALES_ORDER_HEADERS.entityType(),
                    "Customer account " + customer + " does not exist in company " + company + ".");
        }
        JsonObjectBuilder saved = Json.createObjectBuilder(given).add("dataAreaId", company)
                .add("SalesOrderNumber", store.nextSalesOrderNumber(company))
                .add("SalesOrderStatus", "Backorder");
        if (!given.containsKey("InvoiceCustomerAccountNumber")) {
            saved.add("InvoiceCustomerAccountNumber", customer);
        }
        return saved.build();
    }

    private JsonObject createLine(JsonObject given, String company) {
        String type = EntitySet.SALES_ORDER_LINES.entityType();
        String order = text(given, "SalesOrderNumber");
        if (order == null || store.find(EntitySet.SALES_ORDER_HEADERS, company, order).isEmpty()) {
            throw ODataException.writeFailed(type, "Sales order " + order + " does not exist in company " + company + ".");
        }
        String item = text(given, "ItemNumber");
        if (item == null || store.find(EntitySet.RELEASED_PRODUCTS, company, item).isEmpty()) {
            throw ODataException.writeFailed(type, "Item number " + item + " does not exist in company " + company + ".");
        }
        if (!(given.get("OrderedSalesQuantity") instanceof JsonNumber quantity)
                || quantity.bigDecimalValue().compareTo(BigDecimal.ZERO) <= 0) {
            throw ODataException.writeFailed(type, "Field 'Quantity' (OrderedSalesQuantity) must be above 0.");
        }
        return Json.createObjectBuilder(given).add("dataAreaId", company)
                .add("InventoryLotId", store.nextInventoryLotId())
                .add("SalesOrderLineStatus", "Backorder").build();
    }

    private ODataAnswer update(EntitySet set, Map<String, String> key, JsonObject changes, Transaction tx) {
        String company = key.get("dataAreaId");
        String id = key.get(set.keyField());
        if (company == null || id == null || key.size() != 2) {
            throw ODataException.badRequest("All key fields are required: dataAreaId and " + set.keyField() + ".");
        }
        JsonObject existing = store.find(set, company, id)
                .orElseThrow(() -> ODataException.notFound(set.apiName() + "(" + key + ")"));
        for (String field : List.of("dataAreaId", set.keyField())) {
            if (changes.containsKey(field) && !changes.get(field).equals(existing.get(field))) {
                throw ODataException.writeFailed(set.entityType(), "The key field " + field + " cannot be changed.");
            }
        }
        if (set == EntitySet.CUSTOMERS) {
            checkName(changes);
        }
        JsonObjectBuilder merged = Json.createObjectBuilder(existing);
        changes.forEach(merged::add);
        tx.put(set, company, id, merged.build());
        return ODataAnswer.of(204, null);
    }

    private String company(EntitySet set, JsonObject given) {
        String dataAreaId = text(given, "dataAreaId");
        if (dataAreaId == null || dataAreaId.isBlank()) {
            throw ODataException.writeFailed(set.entityType(), "Field 'dataAreaId' must be filled in.");
        }
        String company = D365Store.company(dataAreaId);
        if (!companies.contains(company)) {
            throw ODataException.writeFailed(set.entityType(), "Company '" + dataAreaId + "' does not exist.");
        }
        return company;
    }

    private static void checkName(JsonObject given) {
        String name = text(given, "OrganizationName");
        if (name != null && name.codePointCount(0, name.length()) > NAME_MAX) {
            throw ODataException.writeFailed(EntitySet.CUSTOMERS.entityType(), "The value of field 'Name' is longer "
                    + "than " + NAME_MAX + " characters.");
        }
        String street = text(given, "AddressStreet");
        if (street != null && street.codePointCount(0, street.length()) > STREET_MAX) {
            throw ODataException.writeFailed(EntitySet.CUSTOMERS.entityType(), "The value of field 'Street' is longer "
                    + "than " + STREET_MAX + " characters.");
        }
    }

    /**
     * The conditions of a {@code $filter}: {@code Field eq 'text'} joined by {@code and}, each
     * operand possibly a chain of such equalities on one field joined by {@code or} (in
     * parentheses or not), as clients look several records up at once; by field, the values any
     * of which matches.
     */
    static Map<String, Set<String>> filter(String text) {
        Map<String, Set<String>> conditions = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return conditions;
        }
        for (String part : text.split("(?i)\\s+and\\s+")) {
            String chain = part.strip();
            if (chain.startsWith("(") && chain.endsWith(")")) {
                chain = chain.substring(1, chain.length() - 1);
            }
            String field = null;
            Set<String> values = new java.util.LinkedHashSet<>();
            for (String alternative : chain.split("(?i)\\s+or\\s+")) {
                Matcher condition = CONDITION.matcher(alternative);
                if (!condition.matches() || (field != null && !field.equals(condition.group(1)))) {
                    throw ODataException.badRequest("The simulator's $filter supports only Field eq 'text' joined by "
                            + "and, or chains of them on one field: " + text);
                }
                field = condition.group(1);
                values.add(condition.group(2).replace("''", "'"));
            }
            if (conditions.containsKey(field)) {
                conditions.get(field).retainAll(values);
            } else {
                conditions.put(field, values);
            }
        }
        return conditions;
    }

    private static boolean matches(JsonObject entity, String field, String value) {
        String actual = text(entity, field);
        if (field.equals("dataAreaId")) {
            return actual != null && actual.equalsIgnoreCase(value);
        }
        return value.equals(actual);
    }

    private static JsonObject withMetadata(JsonObject entity, String context) {
        JsonObjectBuilder answer = Json.createObjectBuilder();
        if (context != null) {
            answer.add("@odata.context", context);
        }
        answer.add("@odata.etag", "W/\"" + Base64.getEncoder().encodeToString(
                Integer.toString(entity.hashCode()).getBytes(java.nio.charset.StandardCharsets.US_ASCII)) + "\"");
        entity.forEach(answer::add);
        return answer.build();
    }

    private static JsonObject body(ODataRequest request) {
        if (request.body() == null || request.body().isBlank()) {
            throw ODataException.badRequest("A JSON body is required.");
        }
        try (var reader = Json.createReader(new StringReader(request.body()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ODataException.badRequest("The body must be a JSON object.");
            }
            return value.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            throw ODataException.badRequest("The body is not valid JSON: " + e.getMessage());
        }
    }

    static String text(JsonObject entity, String field) {
        return entity.get(field) instanceof JsonString s ? s.getString() : null;
    }

    /** Company ids in lower case. */
    public static Set<String> companies(String commaSeparated) {
        return Set.copyOf(java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }
}
