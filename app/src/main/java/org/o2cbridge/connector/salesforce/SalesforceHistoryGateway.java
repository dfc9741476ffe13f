package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.history.HistoricalOrder;
import org.o2cbridge.history.HistoricalOrderLine;
import org.o2cbridge.history.OrderHistoryTarget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Loads historical orders into Salesforce with Bulk API 2.0: an upsert job for the orders (by
 * {@code Order.ERP_External_Id__c}, the account named through {@code Account.ERP_Customer_Id__c}),
 * then one for the lines of the orders Salesforce took (by {@code OrderItem.ERP_Line_Id__c}, the
 * order named through {@code Order.ERP_External_Id__c}): parents always before children. Orders come
 * in as Draft, with the ERP's number and status and sync status Synced: they are the ERP's already
 * and must never be sent to it again, and Salesforce does not create orders as Activated. A line
 * Salesforce already holds refuses its order and product, which cannot change after it is made;
 * such lines (a range loaded again, a chunk redone after a crash) go in a third job with only
 * quantity and price. The whole load is retried a few times when Salesforce throttles or does not
 * answer: every job is an upsert, so a job sent again changes nothing twice.
 */
@ApplicationScoped
public class SalesforceHistoryGateway implements OrderHistoryTarget {

    static final String ORDER_KEY = "ERP_External_Id__c";
    static final String LINE_KEY = "ERP_Line_Id__c";
    static final String NOT_UPDATABLE = "INVALID_FIELD_FOR_INSERT_UPDATE";
    static final List<String> ORDER_COLUMNS = List.of(ORDER_KEY, "Account.ERP_Customer_Id__c", "EffectiveDate", "Status",
            "CurrencyIsoCode", "PoNumber", "ERP_Order_Number__c", "ERP_Status__c", "ERP_Sync_Status__c");
    static final List<String> LINE_COLUMNS = List.of(LINE_KEY, "Order." + ORDER_KEY, "ProductCode", "Quantity", "UnitPrice");
    static final List<String> LINE_UPDATE_COLUMNS = List.of(LINE_KEY, "Quantity", "UnitPrice");

    @Inject
    SalesforceBulkIngest bulk;

    private record Line(HistoricalOrder order, HistoricalOrderLine line) {
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public List<Rejection> load(List<HistoricalOrder> orders) {
        List<Rejection> rejections = new ArrayList<>();
        Map<String, HistoricalOrder> byId = new HashMap<>();
        orders.forEach(order -> byId.put(order.erpId(), order));
        if (orders.isEmpty()) {
            return rejections;
        }
        SalesforceBulkIngest.Outcome loaded = bulk.upsert("Order", ORDER_KEY, csv(ORDER_COLUMNS, orders,
                SalesforceHistoryGateway::orderRow));
        for (SalesforceBulkIngest.FailedRow row : loaded.failed()) {
            HistoricalOrder order = byId.remove(row.values().get(ORDER_KEY));
            if (order != null) {
                rejections.add(new Rejection(order, order.key(), row.error()));
            }
        }
        List<Line> lines = new ArrayList<>();
        orders.stream().filter(order -> byId.containsKey(order.erpId()))
                .forEach(order -> order.lines().forEach(line -> lines.add(new Line(order, line))));
        Map<String, Line> linesById = new HashMap<>();
        lines.forEach(line -> linesById.put(line.line().erpLineId(), line));
        List<Line> existing = new ArrayList<>();
        if (!lines.isEmpty()) {
            for (SalesforceBulkIngest.FailedRow row : bulk.upsert("OrderItem", LINE_KEY,
                    csv(LINE_COLUMNS, lines, SalesforceHistoryGateway::lineRow)).failed()) {
                Line line = linesById.get(row.values().get(LINE_KEY));
                if (line == null) {
                    continue;
                }
                if (row.error().startsWith(NOT_UPDATABLE + ":")) {
                    existing.add(line);
                } else {
                    rejections.add(rejection(line, row.error()));
                }
            }
        }
        if (!existing.isEmpty()) {
            for (SalesforceBulkIngest.FailedRow row : bulk.upsert("OrderItem", LINE_KEY,
                    csv(LINE_UPDATE_COLUMNS, existing, SalesforceHistoryGateway::lineUpdateRow)).failed()) {
                Line line = linesById.get(row.values().get(LINE_KEY));
                if (line != null) {
                    rejections.add(rejection(line, row.error()));
                }
            }
        }
        return rejections;
    }

    private static Rejection rejection(Line line, String error) {
        return new Rejection(line.order(), "line " + line.line().erpLineId() + " of " + line.order().key(), error);
    }

    static List<Object> orderRow(HistoricalOrder order) {
        return List.of(order.erpId(), order.customerErpId(), order.orderDate().toString(), "Draft",
                text(order.currency()), text(order.poNumber()), text(order.orderNumber()), text(order.status()), "Synced");
    }

    private static List<Object> lineRow(Line line) {
        HistoricalOrderLine l = line.line();
        return List.of(l.erpLineId(), line.order().erpId(), text(l.itemCode()), number(l.quantity()), number(l.unitPrice()));
    }

    private static List<Object> lineUpdateRow(Line line) {
        HistoricalOrderLine l = line.line();
        return List.of(l.erpLineId(), number(l.quantity()), number(l.unitPrice()));
    }

    /** A Bulk API CSV: header, then one row per record; an empty cell leaves a field as it is. */
    static <T> String csv(List<String> columns, List<T> records, Function<T, List<Object>> row) {
        StringBuilder out = new StringBuilder(records.size() * 96);
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(columns);
            for (T record : records) {
                printer.printRecord(row.apply(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
