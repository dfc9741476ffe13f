package org.o2cbridge.connector.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.reconciliation.ErpOrder;
import org.o2cbridge.reconciliation.ErpOrderSource;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * Dynamics 365 F&O's sales orders for the reconciliation, keyed as the order dispatch keys them
 * ({@link D365Gateway#findSalesOrder}): the Salesforce Order Id in the header's
 * {@code CustomersOrderReference}, looked for in every company ({@code cross-company=true}). F&O
 * supports no {@code in}, so the chunk's orders are asked for {@value #GROUP} at a time with a
 * {@code $filter} chain of {@code or}, which keeps the URL near 3 KB. An order comes back with its
 * number, its {@code SalesOrderStatus} and, as internal id, {@code company:number} as the dispatch
 * records it. The header carries no total, so the order's net amount is the sum of its lines'
 * {@code LineAmount} ({@code SalesOrderLines}, asked per company by {@code dataAreaId} and an
 * {@code or} chain of {@code SalesOrderNumber}, {@value #LINE_GROUP} orders a query, next links
 * followed); an order with a line that shows no {@code LineAmount} has no known total and its
 * amount is not compared. The calls use the dispatch's client (token, request budget, timeouts,
 * error mapping) outside the chunk's transaction, and are tried again a few times when F&O gives no
 * answer or is throttled.
 */
@ApplicationScoped
public class D365ReconciliationGateway implements ErpOrderSource {

    /** Orders per query: 40 ids of 18 characters make a URL of about 3 KB. */
    static final int GROUP = 40;
    static final String SELECT = "dataAreaId,SalesOrderNumber,SalesOrderStatus,CustomersOrderReference";
    /** Orders per lines query: 25 numbers keep the URL near 2 KB. */
    static final int LINE_GROUP = 25;
    static final String LINE_SELECT = "dataAreaId,SalesOrderNumber,LineAmount";

    @Inject
    D365Gateway d365;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public Map<String, ErpOrder> bySalesforceIds(Collection<String> sfOrderIds) {
        d365.requireConfigured();
        Map<String, ErpOrder> found = new LinkedHashMap<>();
        for (String query : queries(sfOrderIds)) {
            d365.odata().get(query, "sales order reconciliation lookup")
                    .ifPresent(answer -> orders(answer).forEach(order -> found.putIfAbsent(order.sfOrderId(), order)));
        }
        List<JsonObject> lines = new ArrayList<>();
        for (String query : linesQueries(found.values())) {
            String next = query;
            while (next != null) {
                JsonObject answer = d365.odata().get(next, "sales order lines reconciliation lookup")
                        .orElse(JsonValue.EMPTY_JSON_OBJECT);
                if (answer.get("value") instanceof JsonArray value) {
                    value.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).forEach(lines::add);
                }
                next = relative(text(answer, "@odata.nextLink"));
            }
        }
        return withTotals(found, lines);
    }

    /**
     * The lines queries of these orders (internal ids {@code company:number}): per company, its
     * orders' numbers {@value #LINE_GROUP} a query.
     */
    static List<String> linesQueries(Collection<ErpOrder> orders) {
        Map<String, List<String>> byCompany = new LinkedHashMap<>();
        for (ErpOrder order : orders) {
            int colon = order.internalId().indexOf(':');
            if (colon > 0) {
                byCompany.computeIfAbsent(order.internalId().substring(0, colon), c -> new ArrayList<>())
                        .add(order.number());
            }
        }
        List<String> queries = new ArrayList<>();
        byCompany.forEach((company, numbers) -> {
            List<String> distinct = numbers.stream().distinct().toList();
            for (int from = 0; from < distinct.size(); from += LINE_GROUP) {
                String chain = distinct.subList(from, Math.min(distinct.size(), from + LINE_GROUP)).stream()
                        .map(n -> "SalesOrderNumber eq " + D365RecordMapper.quoted(n)).collect(Collectors.joining(" or "));
                queries.add("SalesOrderLines?cross-company=true&$filter=" + URLEncoder.encode("dataAreaId eq "
                        + D365RecordMapper.quoted(company) + " and (" + chain + ")", StandardCharsets.UTF_8)
                        .replace("+", "%20") + "&$select=" + LINE_SELECT);
            }
        });
        return queries;
    }

    /**
     * The orders with their net amounts: the sum of their lines' {@code LineAmount} (zero without
     * lines), or none when a line shows no amount.
     */
    static Map<String, ErpOrder> withTotals(Map<String, ErpOrder> orders, List<JsonObject> lines) {
        Map<String, BigDecimal> totals = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (JsonObject line : lines) {
            String key = text(line, "dataAreaId") + ":" + text(line, "SalesOrderNumber");
            if (line.get("LineAmount") instanceof JsonNumber amount) {
                totals.merge(key, amount.bigDecimalValue(), BigDecimal::add);
            } else {
                unknown.add(key);
            }
        }
        Map<String, ErpOrder> withTotals = new LinkedHashMap<>();
        orders.forEach((sfOrderId, order) -> withTotals.put(sfOrderId, new ErpOrder(order.sfOrderId(),
                order.internalId(), order.number(), order.status(), unknown.contains(order.internalId()) ? null
                : totals.getOrDefault(order.internalId(), BigDecimal.ZERO))));
        return withTotals;
    }

    /** A next link as a path under the service root. */
    private String relative(String nextLink) {
        if (nextLink == null) {
            return null;
        }
        String root = d365.settings().serviceRoot();
        return nextLink.startsWith(root) ? nextLink.substring(root.length()) : nextLink;
    }

    /** The queries for these orders, {@value #GROUP} a query, each id once. */
    static List<String> queries(Collection<String> sfOrderIds) {
        List<String> ids = sfOrderIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        List<String> queries = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += GROUP) {
            List<String> group = ids.subList(from, Math.min(ids.size(), from + GROUP));
            String expression = group.stream().map(id -> "CustomersOrderReference eq " + D365RecordMapper.quoted(id))
                    .collect(Collectors.joining(" or "));
            queries.add("SalesOrderHeadersV2?$filter=" + URLEncoder.encode(expression, StandardCharsets.UTF_8)
                    .replace("+", "%20") + "&cross-company=true&$top=" + group.size() * 2 + "&$select=" + SELECT);
        }
        return queries;
    }

    /** The sales orders of a collection answer; headers without a reference or number are left out. */
    static List<ErpOrder> orders(JsonObject answer) {
        List<ErpOrder> orders = new ArrayList<>();
        if (answer.get("value") instanceof JsonArray value) {
            for (JsonValue entry : value) {
                if (entry instanceof JsonObject header) {
                    String sfOrderId = text(header, "CustomersOrderReference");
                    String number = text(header, "SalesOrderNumber");
                    if (sfOrderId != null && number != null) {
                        String company = text(header, "dataAreaId");
                        orders.add(new ErpOrder(sfOrderId, company == null ? number : company + ":" + number, number,
                                text(header, "SalesOrderStatus"), null));
                    }
                }
            }
        }
        return orders;
    }

    private static String text(JsonObject entity, String field) {
        JsonValue value = entity.get(field);
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString();
        }
        return value instanceof JsonNumber n ? n.toString() : null;
    }
}
