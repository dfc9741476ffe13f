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
import org.o2cbridge.history.DateRange;
import org.o2cbridge.history.HistoricalOrder;
import org.o2cbridge.history.HistoricalOrderLine;
import org.o2cbridge.history.HistoryPage;
import org.o2cbridge.history.OrderHistorySource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * Dynamics 365 F&O's sales-order history for the migration job, read from {@code SalesOrderHeadersV2}
 * across every company ({@code cross-company=true}) by key: each page is one query of the orders
 * whose {@code RequestedShippingDate} is in the range — the date the dispatch writes from the
 * Salesforce order's effective date — and whose key ({@code dataAreaId}, {@code SalesOrderNumber})
 * comes after the last one read, in key order, {@code $top} the page size. An order's key in the
 * bridge is {@code <dataAreaId>:<SalesOrderNumber>} as everywhere in the D365 adapter, its
 * customer {@code <dataAreaId>:<OrderingCustomerAccountNumber>}. The lines come from
 * {@code SalesOrderLines}: F&O supports neither {@code in} nor {@code $expand} beyond one level on
 * these entities, so they are asked for by {@code SalesOrderNumber eq … or …} in groups of
 * {@value #LINE_GROUP} orders of one company, following {@code @odata.nextLink}. A line's key is
 * {@code <dataAreaId>:<InventoryLotId>} (the entity's key), its item {@code ItemNumber}, its quantity
 * {@code OrderedSalesQuantity}, its unit price {@code SalesPrice} per {@code SalesPriceQuantity}
 * units; the order's total is the sum of its lines' {@code LineAmount} (the header entity carries
 * none). Orders the bridge itself made from Salesforce orders ({@code CustomersOrderReference} is
 * the Salesforce Order Id, as the dispatch writes it) are already in Salesforce and are left out.
 * The count for progress is {@code $count=true}.
 */
@ApplicationScoped
public class D365OrderHistoryGateway implements OrderHistorySource {

    static final int LINE_GROUP = 25;
    static final String HEADER_FIELDS = "dataAreaId,SalesOrderNumber,OrderingCustomerAccountNumber,RequestedShippingDate,"
            + "CurrencyCode,SalesOrderStatus,CustomerRequisitionNumber,CustomersOrderReference";
    static final String LINE_FIELDS = "dataAreaId,SalesOrderNumber,InventoryLotId,LineCreationSequenceNumber,ItemNumber,"
            + "OrderedSalesQuantity,SalesPrice,SalesPriceQuantity,LineAmount";
    private static final Pattern SALESFORCE_ORDER_ID = Pattern.compile("801[0-9A-Za-z]{12}([0-9A-Za-z]{3})?");

    @Inject
    D365Gateway d365;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 4, delay = 2000, jitter = 1000, retryOn = RetryableCallException.class)
    public HistoryPage after(DateRange range, String afterErpId, int limit) {
        d365.requireConfigured();
        String after = afterErpId;
        while (true) {
            JsonObject answer = d365.odata().get(pageQuery(range, after, limit), "sales order history page")
                    .orElse(JsonValue.EMPTY_JSON_OBJECT);
            List<JsonObject> rows = value(answer);
            boolean hasMore = rows.size() >= limit || answer.containsKey("@odata.nextLink");
            List<JsonObject> history = rows.stream().filter(row -> !madeFromSalesforce(row)).toList();
            if (!history.isEmpty() || !hasMore || rows.isEmpty()) {
                return new HistoryPage(withLines(history), hasMore);
            }
            after = key(rows.get(rows.size() - 1));
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 4, delay = 2000, jitter = 1000, retryOn = RetryableCallException.class)
    public long count(DateRange range) {
        d365.requireConfigured();
        JsonObject answer = d365.odata().get(countQuery(range), "sales order history count")
                .orElse(JsonValue.EMPTY_JSON_OBJECT);
        if (!(answer.get("@odata.count") instanceof JsonNumber count)) {
            throw new IllegalStateException("D365 answered no @odata.count for $count=true");
        }
        return count.longValue();
    }

    static String pageQuery(DateRange range, String afterErpId, int limit) {
        return "SalesOrderHeadersV2?cross-company=true&$filter=" + encode(filter(range, afterErpId))
                + "&$orderby=dataAreaId,SalesOrderNumber&$top=" + limit + "&$select=" + HEADER_FIELDS;
    }

    static String countQuery(DateRange range) {
        return "SalesOrderHeadersV2?cross-company=true&$filter=" + encode(filter(range, null))
                + "&$count=true&$top=1&$select=dataAreaId,SalesOrderNumber";
    }

    /** The range's orders, after {@code <dataAreaId>:<SalesOrderNumber>} in key order when one is given. */
    static String filter(DateRange range, String afterErpId) {
        String dates = "RequestedShippingDate ge " + range.from() + "T00:00:00Z and RequestedShippingDate lt "
                + range.to() + "T00:00:00Z";
        if (afterErpId == null) {
            return dates;
        }
        int colon = afterErpId.indexOf(':');
        String company = D365RecordMapper.quoted(afterErpId.substring(0, colon));
        String number = D365RecordMapper.quoted(afterErpId.substring(colon + 1));
        return dates + " and (dataAreaId gt " + company + " or (dataAreaId eq " + company
                + " and SalesOrderNumber gt " + number + "))";
    }

    /** The lines of one company's orders: {@code SalesOrderNumber eq … or …}, in line order. */
    static String linesQuery(String company, List<String> numbers) {
        String orders = numbers.stream().map(n -> "SalesOrderNumber eq " + D365RecordMapper.quoted(n))
                .collect(Collectors.joining(" or "));
        return "SalesOrderLines?cross-company=true&$filter=" + encode("dataAreaId eq " + D365RecordMapper.quoted(company)
                + " and (" + orders + ")") + "&$orderby=SalesOrderNumber,LineCreationSequenceNumber&$select=" + LINE_FIELDS;
    }

    private List<HistoricalOrder> withLines(List<JsonObject> headers) {
        Map<String, List<String>> byCompany = new LinkedHashMap<>();
        headers.forEach(h -> byCompany.computeIfAbsent(text(h, "dataAreaId"), c -> new ArrayList<>())
                .add(text(h, "SalesOrderNumber")));
        Map<String, List<JsonObject>> lines = new LinkedHashMap<>();
        byCompany.forEach((company, numbers) -> {
            for (int from = 0; from < numbers.size(); from += LINE_GROUP) {
                String path = linesQuery(company, numbers.subList(from, Math.min(numbers.size(), from + LINE_GROUP)));
                while (path != null) {
                    JsonObject answer = d365.odata().get(path, "sales order history lines")
                            .orElse(JsonValue.EMPTY_JSON_OBJECT);
                    value(answer).forEach(line -> lines.computeIfAbsent(text(line, "dataAreaId") + ":"
                            + text(line, "SalesOrderNumber"), k -> new ArrayList<>()).add(line));
                    path = relative(text(answer, "@odata.nextLink"));
                }
            }
        });
        return headers.stream().map(h -> order(h, lines.getOrDefault(key(h), List.of()))).toList();
    }

    static HistoricalOrder order(JsonObject header, List<JsonObject> lineRows) {
        String company = text(header, "dataAreaId");
        List<HistoricalOrderLine> lines = lineRows.stream().map(D365OrderHistoryGateway::line).toList();
        BigDecimal total = lineRows.stream().map(l -> decimal(l, "LineAmount")).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String date = text(header, "RequestedShippingDate");
        return new HistoricalOrder(key(header), text(header, "SalesOrderNumber"),
                company + ":" + text(header, "OrderingCustomerAccountNumber"),
                date == null ? null : LocalDate.parse(date.substring(0, 10)), text(header, "CurrencyCode"),
                text(header, "SalesOrderStatus"), total, blankToNull(text(header, "CustomerRequisitionNumber")), lines);
    }

    static HistoricalOrderLine line(JsonObject row) {
        BigDecimal price = decimal(row, "SalesPrice");
        BigDecimal per = decimal(row, "SalesPriceQuantity");
        if (price != null && per != null && per.signum() > 0 && per.compareTo(BigDecimal.ONE) != 0) {
            price = price.divide(per, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return new HistoricalOrderLine(text(row, "dataAreaId") + ":" + text(row, "InventoryLotId"),
                text(row, "ItemNumber"), decimal(row, "OrderedSalesQuantity"), price);
    }

    /** The order's key in the bridge: {@code <dataAreaId>:<SalesOrderNumber>}. */
    static String key(JsonObject header) {
        return text(header, "dataAreaId") + ":" + text(header, "SalesOrderNumber");
    }

    /** A next link as a path under the service root. */
    private String relative(String nextLink) {
        if (nextLink == null) {
            return null;
        }
        String root = d365.settings().serviceRoot();
        return nextLink.startsWith(root) ? nextLink.substring(root.length()) : nextLink;
    }

    private static boolean madeFromSalesforce(JsonObject row) {
        String reference = text(row, "CustomersOrderReference");
        return reference != null && SALESFORCE_ORDER_ID.matcher(reference.strip()).matches();
    }

    private static List<JsonObject> value(JsonObject answer) {
        return answer.get("value") instanceof JsonArray list ? list.stream().map(JsonValue::asJsonObject).toList()
                : List.of();
    }

    private static String text(JsonObject row, String field) {
        JsonValue value = row.get(field);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        return null;
    }

    private static BigDecimal decimal(JsonObject row, String field) {
        String text = text(row, field);
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
