package org.o2cbridge.connector.netsuite;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * NetSuite's sales-order history for the migration job, read with SuiteQL by internal id: each
 * page is a query of its own ({@code id > last}, offset 0), so no query comes near SuiteQL's
 * 100,000-row ceiling however long the history is. The lines of a page's orders come from
 * {@code transactionline} (item lines only: no main line, no tax line), where NetSuite keeps a sales
 * order's quantities and amounts negative; they are turned positive here. Orders the bridge itself
 * made from Salesforce orders (their external id is a Salesforce Order id) are already in
 * Salesforce and are left out. Calls run outside any transaction, each under the account's
 * concurrency permits; a call NetSuite throttles or does not answer is retried a few times.
 */
@ApplicationScoped
public class NetSuiteOrderHistoryGateway implements OrderHistorySource {

    static final int LINES_PAGE = 1000;
    private static final Pattern SALESFORCE_ORDER_ID = Pattern.compile("801[0-9A-Za-z]{12}([0-9A-Za-z]{3})?");

    @Inject
    NetSuiteRecords netSuite;

    @Override
    public String system() {
        return NetSuiteGateway.SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 4, delay = 2000, jitter = 1000, retryOn = RetryableCallException.class)
    public HistoryPage after(DateRange range, String afterErpId, int limit) {
        String after = afterErpId;
        while (true) {
            JsonObject page = netSuite.suiteQlPage(ordersQuery(range, after), limit, 0);
            List<JsonObject> rows = items(page);
            boolean hasMore = page.getBoolean("hasMore", false);
            List<JsonObject> history = rows.stream().filter(row -> !madeFromSalesforce(row)).toList();
            if (!history.isEmpty() || !hasMore || rows.isEmpty()) {
                return new HistoryPage(withLines(history), hasMore);
            }
            after = text(rows.get(rows.size() - 1), "id");
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 4, delay = 2000, jitter = 1000, retryOn = RetryableCallException.class)
    public long count(DateRange range) {
        return netSuite.suiteQlPage(ordersQuery(range, null), 1, 0).getJsonNumber("totalResults").longValue();
    }

    static String ordersQuery(DateRange range, String afterErpId) {
        return "SELECT id, tranid, trandate, entity, BUILTIN.DF(currency) AS currency, foreigntotal, "
                + "BUILTIN.DF(status) AS status, otherrefnum, externalid FROM transaction "
                + "WHERE type = 'SalesOrd' AND trandate >= " + date(range.from()) + " AND trandate < " + date(range.to())
                + (afterErpId == null ? "" : " AND id > " + Long.parseLong(afterErpId))
                + " ORDER BY id";
    }

    static String linesQuery(List<String> orderIds) {
        return "SELECT transaction, uniquekey, linesequencenumber, BUILTIN.DF(item) AS item, quantity, rate, netamount "
                + "FROM transactionline WHERE transaction IN ("
                + orderIds.stream().map(id -> Long.toString(Long.parseLong(id))).collect(Collectors.joining(", "))
                + ") AND mainline = 'F' AND taxline = 'F' ORDER BY transaction, linesequencenumber";
    }

    private List<HistoricalOrder> withLines(List<JsonObject> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<String, List<HistoricalOrderLine>> lines = new HashMap<>();
        String query = linesQuery(orders.stream().map(row -> text(row, "id")).toList());
        for (int offset = 0; ; offset += LINES_PAGE) {
            JsonObject page = netSuite.suiteQlPage(query, LINES_PAGE, offset);
            for (JsonObject row : items(page)) {
                lines.computeIfAbsent(text(row, "transaction"), id -> new ArrayList<>()).add(line(row));
            }
            if (!page.getBoolean("hasMore", false)) {
                break;
            }
        }
        List<HistoricalOrder> result = new ArrayList<>(orders.size());
        for (JsonObject row : orders) {
            String id = text(row, "id");
            result.add(new HistoricalOrder(id, text(row, "tranid"), text(row, "entity"), LocalDate.parse(text(row, "trandate")),
                    text(row, "currency"), text(row, "status"), decimal(row, "foreigntotal"), text(row, "otherrefnum"),
                    lines.getOrDefault(id, List.of())));
        }
        return result;
    }

    static HistoricalOrderLine line(JsonObject row) {
        BigDecimal quantity = decimal(row, "quantity");
        return new HistoricalOrderLine(text(row, "uniquekey"), text(row, "item"), quantity == null ? null : quantity.abs(),
                decimal(row, "rate"));
    }

    private static boolean madeFromSalesforce(JsonObject row) {
        String externalId = text(row, "externalid");
        return externalId != null && SALESFORCE_ORDER_ID.matcher(externalId).matches();
    }

    private static List<JsonObject> items(JsonObject page) {
        JsonArray items = page.get("items") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        return items.stream().map(JsonValue::asJsonObject).toList();
    }

    /** A column as text: SuiteQL answers numbers as JSON strings or numbers; an absent column is null. */
    static String text(JsonObject row, String column) {
        JsonValue value = row.get(column);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return null;
    }

    private static BigDecimal decimal(JsonObject row, String column) {
        String text = text(row, column);
        return text == null ? null : new BigDecimal(text);
    }

    private static String date(LocalDate date) {
        return "TO_DATE('" + date + "', 'YYYY-MM-DD')";
    }
}
