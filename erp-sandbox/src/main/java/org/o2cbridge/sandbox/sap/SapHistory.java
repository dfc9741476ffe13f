package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.HistoryLine;
import org.o2cbridge.sandbox.netsuite.history.HistoryOrder;
import org.o2cbridge.sandbox.netsuite.history.HistoryPlan;

/**
 * The SAP system's sales-order history, generated from a {@link HistoryPlan} by the same
 * {@link HistoryGenerator} as NetSuite's (nothing stored) and shown as {@code API_SALES_ORDER_SRV}
 * (OData v2) shows {@code A_SalesOrder}: order {@code i} is {@code SalesOrder}
 * {@value #FIRST_NUMBER} + i (8 digits, so the string order of the keys is the index order), dated
 * {@code /Date(ms)/} at midnight UTC, sold to the customer's number, with items {@code 10},
 * {@code 20}, … (quantity, {@code NetAmount} = quantity × price); decimals are strings.
 * {@code OverallSDProcessStatus} is {@code A} for orders NetSuite calls pending, {@code B} billed,
 * {@code C} closed.
 */
@ApplicationScoped
public class SapHistory {

    public static final long FIRST_NUMBER = 60_000_001L;
    private static final Pattern FILTER = Pattern.compile("\\s*SalesOrderDate\\s+ge\\s+datetime'(\\d{4}-\\d{2}-\\d{2})T00:00(?::00)?'"
            + "\\s+and\\s+SalesOrderDate\\s+lt\\s+datetime'(\\d{4}-\\d{2}-\\d{2})T00:00(?::00)?'"
            + "(?:\\s+and\\s+SalesOrder\\s+gt\\s+'((?:[^']|'')*)')?\\s*");

    private HistoryGenerator generator;

    public synchronized Optional<HistoryGenerator> current() {
        return Optional.ofNullable(generator);
    }

    public synchronized void replace(HistoryPlan plan) {
        generator = new HistoryGenerator(plan);
    }

    public synchronized void clear() {
        generator = null;
    }

    public static String number(long index) {
        return Long.toString(FIRST_NUMBER + index);
    }

    /** The indexes {@code [first, end)} a history {@code $filter} selects, or null when it is not one. */
    static long[] select(HistoryGenerator history, String filter) {
        Matcher m = filter == null ? null : FILTER.matcher(filter);
        if (m == null || !m.matches()) {
            return null;
        }
        long[] range = history.indexRangeOfDates(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
        if (m.group(3) != null) {
            String after = m.group(3).replace("''", "'");
            range[0] = Math.max(range[0], history.firstIndex(index -> number(index).compareTo(after) > 0));
            range[1] = Math.max(range[0], range[1]);
        }
        return range;
    }

    static JsonObject entity(HistoryOrder order, String serviceRoot, boolean items) {
        String number = number(order.index());
        String uri = serviceRoot + "A_SalesOrder('" + number + "')";
        var header = Json.createObjectBuilder()
                .add("__metadata", Json.createObjectBuilder().add("id", uri).add("uri", uri)
                        .add("type", "API_SALES_ORDER_SRV.A_SalesOrderType"))
                .add("SalesOrder", number)
                .add("SalesOrderType", "OR")
                .add("SalesOrderDate", "/Date(" + order.tranDate().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() + ")/")
                .add("SoldToParty", Long.toString(order.customerId()))
                .add("TransactionCurrency", order.currency())
                .add("OverallSDProcessStatus", switch (order.statusId()) {
                    case "G" -> "B";
                    case "H" -> "C";
                    default -> "A";
                })
                .add("TotalNetAmount", order.total().toPlainString())
                .add("PurchaseOrderByCustomer", order.otherRefNum());
        if (items) {
            JsonArrayBuilder results = Json.createArrayBuilder();
            for (HistoryLine line : order.lines()) {
                String item = Integer.toString(line.line() * 10);
                String itemUri = serviceRoot + "A_SalesOrderItem(SalesOrder='" + number + "',SalesOrderItem='" + item + "')";
                results.add(Json.createObjectBuilder()
                        .add("__metadata", Json.createObjectBuilder().add("id", itemUri).add("uri", itemUri)
                                .add("type", "API_SALES_ORDER_SRV.A_SalesOrderItemType"))
                        .add("SalesOrder", number).add("SalesOrderItem", item).add("Material", line.itemName())
                        .add("RequestedQuantity", Integer.toString(line.quantity()))
                        .add("RequestedQuantityUnit", "EA")
                        .add("NetAmount", line.amount().toPlainString())
                        .add("TransactionCurrency", order.currency()));
            }
            header.add("to_Item", Json.createObjectBuilder().add("results", results));
        } else {
            header.add("to_Item", Json.createObjectBuilder().add("__deferred",
                    Json.createObjectBuilder().add("uri", uri + "/to_Item")));
        }
        return header.build();
    }
}
