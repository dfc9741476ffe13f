package org.o2cbridge.connector.sap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.history.DateRange;
import org.o2cbridge.history.HistoricalOrder;
import org.o2cbridge.history.HistoricalOrderLine;
import org.o2cbridge.history.HistoryPage;
import org.o2cbridge.history.OrderHistorySource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/**
 * SAP S/4HANA's sales-order history for the migration job, read from {@code A_SalesOrder} of the
 * OData v2 service {@code API_SALES_ORDER_SRV} (path {@code o2c.sap.history-service}) by key: each
 * page is one query of the orders dated in the range ({@code SalesOrderDate}) whose
 * {@code SalesOrder} comes after the last one read, in {@code SalesOrder} order, {@code $top} the
 * page size, with their items inline ({@code $expand=to_Item}). SAP compares and sorts the key as
 * the string it is, the same way for the filter and the order, so no order is skipped or read twice.
 * OData v2 answers dates as {@code /Date(ms)/} and decimals as strings. The order's customer is its
 * {@code SoldToParty}, its status {@code OverallSDProcessStatus} in words, its total
 * {@code TotalNetAmount}; a line's key is {@code SalesOrder/SalesOrderItem}, its item the
 * {@code Material}, its quantity {@code RequestedQuantity} and its unit price the item's net value
 * per unit ({@code NetAmount} / {@code RequestedQuantity}, both documented on
 * {@code A_SalesOrderItem}; 6 decimals at most). Orders the bridge itself made from Salesforce
 * orders (their {@code PurchaseOrderByCustomer} is the Salesforce Order Id, as the dispatch writes
 * it) are already in Salesforce and are left out. The count for progress is {@code $inlinecount}.
 */
@ApplicationScoped
public class SapOrderHistoryGateway implements OrderHistorySource {

    static final String DEFAULT_SERVICE = "/sap/opu/odata/sap/API_SALES_ORDER_SRV/";
    static final String ENTITY_SET = "A_SalesOrder";
    private static final Pattern SALESFORCE_ORDER_ID = Pattern.compile("801[0-9A-Za-z]{12}([0-9A-Za-z]{3})?");
    private static final Pattern V2_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    static final String HEADER_FIELDS = "SalesOrder,SalesOrderDate,SoldToParty,TransactionCurrency,"
            + "OverallSDProcessStatus,TotalNetAmount,PurchaseOrderByCustomer";

    @Inject
    SapGateway sap;

    @Inject
    @ConfigProperty(name = "o2c.sap.history-service", defaultValue = DEFAULT_SERVICE)
    String servicePath;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 4, delay = 2000, jitter = 1000, retryOn = RetryableCallException.class)
    public HistoryPage after(DateRange range, String afterErpId, int limit) {
        String after = afterErpId;
        while (true) {
            JsonObject answer = sap.client().get(service(), pageQuery(range, after, limit), "sales order history page");
            List<JsonObject> rows = results(answer);
            boolean hasMore = rows.size() >= limit || next(answer);
            List<HistoricalOrder> history = rows.stream().filter(row -> !madeFromSalesforce(row))
                    .map(SapOrderHistoryGateway::order).toList();
            if (!history.isEmpty() || !hasMore || rows.isEmpty()) {
                return new HistoryPage(history, hasMore);
            }
            after = SapErrors.text(rows.get(rows.size() - 1).get("SalesOrder"));
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 4, delay = 2000, jitter = 1000, retryOn = RetryableCallException.class)
    public long count(DateRange range) {
        JsonObject answer = sap.client().get(service(), countQuery(range), "sales order history count");
        JsonValue count = answer.get("d") instanceof JsonObject d ? d.get("__count") : null;
        String text = SapErrors.text(count);
        if (text == null) {
            throw new IllegalStateException("SAP answered no __count for $inlinecount=allpages");
        }
        return Long.parseLong(text);
    }

    private URI service() {
        return sap.settings().serviceRoot(servicePath);
    }

    /** The page's query: the range's orders after {@code afterErpId} in key order, items inline. */
    static String pageQuery(DateRange range, String afterErpId, int limit) {
        return ENTITY_SET + "?$filter=" + encode(filter(range, afterErpId)) + "&$orderby=SalesOrder&$top=" + limit
                + "&$expand=to_Item&$select=" + HEADER_FIELDS + ",to_Item/SalesOrderItem,to_Item/Material,"
                + "to_Item/RequestedQuantity,to_Item/NetAmount";
    }

    /** How many orders the range holds: one key asked for, with {@code $inlinecount=allpages}. */
    static String countQuery(DateRange range) {
        return ENTITY_SET + "?$filter=" + encode(filter(range, null)) + "&$top=1&$select=SalesOrder"
                + "&$inlinecount=allpages";
    }

    static String filter(DateRange range, String afterErpId) {
        return "SalesOrderDate ge " + datetime(range.from()) + " and SalesOrderDate lt " + datetime(range.to())
                + (afterErpId == null ? "" : " and SalesOrder gt '" + afterErpId.replace("'", "''") + "'");
    }

    static HistoricalOrder order(JsonObject row) {
        String number = SapErrors.text(row.get("SalesOrder"));
        List<HistoricalOrderLine> lines = new ArrayList<>();
        JsonValue items = row.get("to_Item") instanceof JsonObject expanded ? expanded.get("results") : row.get("to_Item");
        if (items instanceof JsonArray list) {
            for (JsonValue item : list) {
                lines.add(line(number, item.asJsonObject()));
            }
        }
        return new HistoricalOrder(number, number, SapErrors.text(row.get("SoldToParty")),
                date(SapErrors.text(row.get("SalesOrderDate"))), SapErrors.text(row.get("TransactionCurrency")),
                SapGateway.status(SapErrors.text(row.get("OverallSDProcessStatus"))), decimal(row, "TotalNetAmount"),
                blankToNull(SapErrors.text(row.get("PurchaseOrderByCustomer"))), lines);
    }

    static HistoricalOrderLine line(String salesOrder, JsonObject item) {
        BigDecimal quantity = decimal(item, "RequestedQuantity");
        BigDecimal net = decimal(item, "NetAmount");
        BigDecimal unitPrice = net == null ? null : quantity == null || quantity.signum() == 0 ? net
                : net.divide(quantity, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        if (unitPrice != null && unitPrice.scale() < 0) {
            unitPrice = unitPrice.setScale(0);
        }
        return new HistoricalOrderLine(salesOrder + "/" + SapErrors.text(item.get("SalesOrderItem")),
                SapErrors.text(item.get("Material")), quantity, unitPrice);
    }

    /** An OData v2 {@code /Date(ms)/} (or an ISO date) as the UTC day it names. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = V2_DATE.matcher(text.strip());
        if (m.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(m.group(1))).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length())));
    }

    private static boolean madeFromSalesforce(JsonObject row) {
        String po = SapErrors.text(row.get("PurchaseOrderByCustomer"));
        return po != null && SALESFORCE_ORDER_ID.matcher(po.strip()).matches();
    }

    private static List<JsonObject> results(JsonObject answer) {
        JsonValue results = answer.get("d") instanceof JsonObject d ? d.get("results") : null;
        return results instanceof JsonArray list ? list.stream().map(JsonValue::asJsonObject).toList() : List.of();
    }

    private static boolean next(JsonObject answer) {
        return answer.get("d") instanceof JsonObject d && SapErrors.text(d.get("__next")) != null;
    }

    private static BigDecimal decimal(JsonObject row, String field) {
        String text = SapErrors.text(row.get(field));
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String datetime(LocalDate date) {
        return "datetime'" + date + "T00:00:00'";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
