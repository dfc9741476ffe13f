package org.o2cbridge.sandbox.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o2cbridge.sandbox.d365.odata.ODataAnswer;
import org.o2cbridge.sandbox.d365.odata.ODataException;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.HistoryLine;
import org.o2cbridge.sandbox.netsuite.history.HistoryOrder;
import org.o2cbridge.sandbox.netsuite.history.HistoryPlan;

/**
 * The F&O environment's sales-order history: the orders of one company, generated from a
 * {@link HistoryPlan} by the same {@link HistoryGenerator} as NetSuite's (nothing stored) and shown
 * as {@code SalesOrderHeadersV2} and {@code SalesOrderLines} show them. Order {@code i} is
 * {@code SalesOrderNumber} {@code SO-H} + the 7-digit i + 1 (its string order is the index order),
 * {@code RequestedShippingDate} its date at 12:00 UTC, {@code OrderingCustomerAccountNumber} the
 * customer's number; line {@code k} has {@code InventoryLotId} the generator's line key,
 * {@code SalesPrice} per one unit and {@code LineAmount} = quantity × price.
 * {@code SalesOrderStatus} is {@code Backorder} for orders NetSuite calls pending, {@code Invoiced}
 * billed, {@code Delivered} closed.
 *
 * <p>Queries: headers by {@code $filter=RequestedShippingDate ge … and RequestedShippingDate lt …}
 * optionally {@code and (dataAreaId gt '…' or (dataAreaId eq '…' and SalesOrderNumber gt '…'))},
 * ordered by key; lines by {@code dataAreaId eq '…' and (SalesOrderNumber eq '…' or …)}; with
 * {@code $top}, {@code $skip}, {@code $count=true} and at most {@value #PAGE} entries a page
 * (F&O's limit), the rest behind {@code @odata.nextLink}. The orders show with {@code cross-company=true}
 * or a filter naming their company.
 */
@ApplicationScoped
public class D365History {

    public static final int PAGE = 10_000;
    private static final Pattern HEADERS = Pattern.compile("\\s*RequestedShippingDate\\s+ge\\s+(\\d{4}-\\d{2}-\\d{2})T00:00:00Z"
            + "\\s+and\\s+RequestedShippingDate\\s+lt\\s+(\\d{4}-\\d{2}-\\d{2})T00:00:00Z"
            + "(?:\\s+and\\s+\\(dataAreaId\\s+gt\\s+'(\\w+)'\\s+or\\s+\\(dataAreaId\\s+eq\\s+'(\\w+)'\\s+and\\s+"
            + "SalesOrderNumber\\s+gt\\s+'((?:[^']|'')*)'\\)\\))?\\s*");
    private static final Pattern LINES = Pattern.compile("\\s*dataAreaId\\s+eq\\s+'(\\w+)'\\s+and\\s+\\((.*)\\)\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\s*SalesOrderNumber\\s+eq\\s+'((?:[^']|'')*)'\\s*");

    private record Planned(HistoryGenerator generator, String company) {
    }

    private Planned planned;

    public synchronized void replace(HistoryPlan plan, String company) {
        planned = new Planned(new HistoryGenerator(plan), company);
    }

    public synchronized void clear() {
        planned = null;
    }

    public synchronized Optional<HistoryGenerator> current() {
        return Optional.ofNullable(planned).map(Planned::generator);
    }

    public synchronized Optional<String> company() {
        return Optional.ofNullable(planned).map(Planned::company);
    }

    public static String number(HistoryGenerator generator, long index) {
        return generator.tranId(index);
    }

    /** Whether a query of {@code entitySet} is a history read this class answers. */
    public boolean answers(String entitySet, Map<String, String> options) {
        String filter = options.get("$filter");
        if (current().isEmpty() || filter == null) {
            return false;
        }
        return entitySet.equals("SalesOrderHeadersV2") && filter.contains("RequestedShippingDate")
                || entitySet.equals("SalesOrderLines") && LINES.matcher(filter).matches()
                && filter.contains("'SO-H");
    }

    /** Answers a history read of {@code entitySet}; {@code requestUri} is the query as asked, for the next link. */
    public ODataAnswer query(String entitySet, Map<String, String> options, String serviceRoot, String requestUri) {
        Planned now;
        synchronized (this) {
            now = planned;
        }
        String company = now.company();
        boolean visible = "true".equalsIgnoreCase(options.get("cross-company"))
                || options.getOrDefault("$filter", "").contains("dataAreaId eq '" + company + "'");
        List<JsonObject> rows = new ArrayList<>();
        long total;
        int skip = whole(options.get("$skip"), 0);
        int top = Math.min(whole(options.get("$top"), PAGE), PAGE);
        boolean more;
        if (entitySet.equals("SalesOrderHeadersV2")) {
            Matcher m = HEADERS.matcher(options.get("$filter"));
            if (!m.matches()) {
                throw ODataException.badRequest("The simulator reads history headers by RequestedShippingDate ge … and "
                        + "RequestedShippingDate lt … [and (dataAreaId gt '…' or (dataAreaId eq '…' and "
                        + "SalesOrderNumber gt '…'))]: " + options.get("$filter"));
            }
            HistoryGenerator history = now.generator();
            long[] range = history.indexRangeOfDates(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            if (m.group(3) != null) {
                int byCompany = company.compareTo(m.group(3));
                if (byCompany < 0) {
                    range[0] = range[1];
                } else if (byCompany == 0) {
                    String after = m.group(5).replace("''", "'");
                    range[0] = Math.max(range[0], history.firstIndex(i -> number(history, i).compareTo(after) > 0));
                    range[1] = Math.max(range[0], range[1]);
                }
            }
            if (!visible) {
                range[0] = range[1];
            }
            total = range[1] - range[0];
            long first = Math.min(range[1], range[0] + skip);
            long end = Math.min(range[1], first + top);
            for (long index = first; index < end; index++) {
                rows.add(header(history.order(index), company));
            }
            more = end < range[1] && end - first == PAGE;
        } else {
            Matcher m = LINES.matcher(options.get("$filter"));
            m.matches();
            List<JsonObject> all = new ArrayList<>();
            if (visible && m.group(1).equals(company)) {
                HistoryGenerator history = now.generator();
                for (String part : m.group(2).split("\\s+or\\s+")) {
                    Matcher n = NUMBER.matcher(part);
                    if (!n.matches()) {
                        throw ODataException.badRequest("The simulator reads history lines by dataAreaId eq '…' and "
                                + "(SalesOrderNumber eq '…' or …): " + options.get("$filter"));
                    }
                    String number = n.group(1).replace("''", "'");
                    long index = history.firstIndex(i -> number(history, i).compareTo(number) >= 0);
                    if (index < history.orders() && number(history, index).equals(number)) {
                        HistoryOrder order = history.order(index);
                        order.lines().forEach(line -> all.add(line(order, line, company)));
                    }
                }
            }
            all.sort(java.util.Comparator.comparing((JsonObject l) -> l.getString("SalesOrderNumber"))
                    .thenComparing(l -> l.getInt("LineCreationSequenceNumber")));
            total = all.size();
            int end = (int) Math.min(all.size(), (long) skip + top);
            rows.addAll(all.subList(Math.min(skip, all.size()), end));
            more = end < all.size() && end - skip == PAGE;
        }
        JsonArrayBuilder value = Json.createArrayBuilder();
        rows.forEach(value::add);
        var answer = Json.createObjectBuilder().add("@odata.context", serviceRoot + "$metadata#" + entitySet);
        if ("true".equalsIgnoreCase(options.get("$count"))) {
            answer.add("@odata.count", total);
        }
        answer.add("value", value);
        if (more) {
            answer.add("@odata.nextLink", serviceRoot + requestUri.replaceAll("&?\\$skip=\\d+", "")
                    + "&$skip=" + (skip + PAGE));
        }
        return ODataAnswer.of(200, answer.build());
    }

    public static JsonObject header(HistoryOrder order, String company) {
        return Json.createObjectBuilder()
                .add("@odata.etag", "W/\"JzEsNTYzNzE0NDU3Nic=\"")
                .add("dataAreaId", company)
                .add("SalesOrderNumber", order.tranId())
                .add("OrderingCustomerAccountNumber", Long.toString(order.customerId()))
                .add("InvoiceCustomerAccountNumber", Long.toString(order.customerId()))
                .add("RequestedShippingDate", order.tranDate() + "T12:00:00Z")
                .add("CurrencyCode", order.currency())
                .add("SalesOrderStatus", switch (order.statusId()) {
                    case "G" -> "Invoiced";
                    case "H" -> "Delivered";
                    default -> "Backorder";
                })
                .add("CustomerRequisitionNumber", order.otherRefNum())
                .add("CustomersOrderReference", "")
                .build();
    }

    public static JsonObject line(HistoryOrder order, HistoryLine line, String company) {
        return Json.createObjectBuilder()
                .add("@odata.etag", "W/\"JzEsNTYzNzE0NDU3Nyc=\"")
                .add("dataAreaId", company)
                .add("InventoryLotId", Long.toString(line.uniqueKey()))
                .add("SalesOrderNumber", order.tranId())
                .add("LineCreationSequenceNumber", line.line())
                .add("ItemNumber", line.itemName())
                .add("OrderedSalesQuantity", line.quantity())
                .add("SalesUnitSymbol", "ea")
                .add("SalesPrice", line.rate())
                .add("SalesPriceQuantity", BigDecimal.ONE)
                .add("LineAmount", line.amount())
                .build();
    }

    private static int whole(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw ODataException.badRequest("Not a whole number: " + text);
        }
    }
}
