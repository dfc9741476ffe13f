package org.o2cbridge.sandbox.netsuite.query;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.HistoryLine;
import org.o2cbridge.sandbox.netsuite.history.HistoryOrder;

/**
 * The rows SuiteQL answers for sales orders: a generated history order as a {@code transaction}
 * row, and the {@code transactionline} rows of an order, history or record. As in NetSuite, a sales
 * order has a main line ({@code id} and {@code linesequencenumber} 0, {@code mainline} {@code T},
 * {@code netamount} the negated total, no item, quantity or rate) and one line per item
 * ({@code mainline} {@code F}, 1…), with the quantity and net amount negative (a sale credits the
 * income account) and the rate positive. {@code uniquekey} is unique in the account: 5000000000 +
 * index * 100 + line for history orders, 10000000000 + internal id * 1000 + line for records.
 */
final class TransactionLines {

    static final long RECORD_LINE_KEY_BASE = 10_000_000_000L;

    private TransactionLines() {
    }

    /** A history order as the account would store it, with the field names {@link SuiteQlTable#TRANSACTION} reads. */
    static JsonObject transaction(HistoryOrder order) {
        String changed = order.lastModified().toString();
        return Json.createObjectBuilder()
                .add("id", order.idText())
                .add("type", "SalesOrd")
                .add("tranId", order.tranId())
                .add("tranDate", order.tranDate().toString())
                .add("entity", Json.createObjectBuilder().add("id", Long.toString(order.customerId()))
                        .add("refName", order.customerName()))
                .add("currency", Json.createObjectBuilder().add("id", order.currencyId()).add("refName", order.currency()))
                .add("total", order.total())
                .add("status", Json.createObjectBuilder().add("id", order.statusId()).add("refName", order.status()))
                .add("otherRefNum", order.otherRefNum())
                .add("createdDate", changed)
                .add("lastModifiedDate", changed)
                .build();
    }

    /** The main line and the item lines of a history order. */
    static List<JsonObject> lines(HistoryOrder order) {
        List<JsonObject> lines = new ArrayList<>(order.lines().size() + 1);
        lines.add(mainLine(order.idText(), 0, HistoryGenerator.lineKey(order.index(), 0), order.total()));
        for (HistoryLine line : order.lines()) {
            lines.add(itemLine(order.idText(), line.line(), line.uniqueKey(), Long.toString(line.itemId()), line.itemName(),
                    BigDecimal.valueOf(line.quantity()), line.rate(), line.amount()));
        }
        return lines;
    }

    /** The main line and the item lines of a sales order record of the account. */
    static List<JsonObject> lines(JsonObject salesOrder) {
        String id = salesOrder.getString("id");
        long base;
        try {
            base = RECORD_LINE_KEY_BASE + Long.parseLong(id) * 1000;
        } catch (NumberFormatException e) {
            base = RECORD_LINE_KEY_BASE;
        }
        List<JsonObject> lines = new ArrayList<>();
        BigDecimal total = salesOrder.get("total") instanceof JsonNumber number ? number.bigDecimalValue() : BigDecimal.ZERO;
        lines.add(mainLine(id, 0, base, total));
        JsonArray items = salesOrder.get("item") instanceof JsonObject sublist && sublist.get("items") instanceof JsonArray array
                ? array : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue value : items) {
            JsonObject line = value.asJsonObject();
            int number = line.getInt("line", lines.size());
            JsonObject item = line.get("item") instanceof JsonObject ref ? ref : JsonValue.EMPTY_JSON_OBJECT;
            lines.add(itemLine(id, number, base + number, item.getString("id", null), item.getString("refName", null),
                    decimal(line, "quantity"), decimal(line, "rate"), decimal(line, "amount")));
        }
        return lines;
    }

    private static BigDecimal decimal(JsonObject line, String key) {
        return line.get(key) instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }

    private static JsonObject mainLine(String transaction, int line, long uniqueKey, BigDecimal total) {
        return start(transaction, line, uniqueKey, "T").add("netamount", total.negate()).build();
    }

    private static JsonObject itemLine(String transaction, int line, long uniqueKey, String itemId, String itemName,
                                       BigDecimal quantity, BigDecimal rate, BigDecimal amount) {
        JsonObjectBuilder row = start(transaction, line, uniqueKey, "F");
        if (itemId != null) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("id", itemId);
            if (itemName != null) {
                item.add("refName", itemName);
            }
            row.add("item", item);
        }
        if (quantity != null) {
            row.add("quantity", quantity.negate());
        }
        if (rate != null) {
            row.add("rate", rate);
        }
        if (amount != null) {
            row.add("netamount", amount.negate());
        }
        return row.build();
    }

    private static JsonObjectBuilder start(String transaction, int line, long uniqueKey, String mainLine) {
        return Json.createObjectBuilder().add("transaction", transaction).add("id", Integer.toString(line))
                .add("linesequencenumber", line).add("uniquekey", uniqueKey).add("mainline", mainLine)
                .add("taxline", "F");
    }
}
