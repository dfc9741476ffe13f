package org.o2cbridge.connector.sap;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/**
 * SAP S/4HANA's sales orders for the reconciliation, keyed as the order dispatch keys them
 * ({@link SapGateway#findSalesOrder}): the Salesforce Order Id in {@code PurchaseOrderByCustomer}.
 * OData has no {@code in} for SAP's services, so the chunk's orders are asked for
 * {@value #GROUP} at a time with a {@code $filter} chain of {@code or}, which keeps the URL near
 * 3 KB, well under the 8 KB many gateways and proxies allow. An order comes back with its number,
 * status ({@code OverallSDProcessStatus} in words, as the dispatch writes it back) and net total.
 * The calls use the dispatch's client (token, timeouts, error mapping) outside the chunk's
 * transaction, and are tried again a few times when SAP gives no answer or is throttled.
 */
@ApplicationScoped
public class SapReconciliationGateway implements ErpOrderSource {

    /** Orders per query: 40 ids of 18 characters make a URL of about 3 KB. */
    static final int GROUP = 40;
    static final String SELECT = "SalesOrder,PurchaseOrderByCustomer,OverallSDProcessStatus,TotalNetAmount,"
            + "TransactionCurrency";

    @Inject
    SapGateway sap;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public Map<String, ErpOrder> bySalesforceIds(Collection<String> sfOrderIds) {
        SapODataClient client = sap.client();
        Map<String, ErpOrder> found = new LinkedHashMap<>();
        for (String query : queries(sfOrderIds)) {
            orders(client.get(sap.salesOrderService(), query, "sales order reconciliation lookup"))
                    .forEach(order -> found.putIfAbsent(order.sfOrderId(), order));
        }
        return found;
    }

    /** The queries for these orders, {@value #GROUP} a query, each id once. */
    static List<String> queries(Collection<String> sfOrderIds) {
        List<String> ids = sfOrderIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        List<String> queries = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += GROUP) {
            String expression = ids.subList(from, Math.min(ids.size(), from + GROUP)).stream()
                    .map(id -> "PurchaseOrderByCustomer eq '" + id.replace("'", "''") + "'")
                    .collect(Collectors.joining(" or "));
            queries.add("SalesOrder?$filter=" + URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20")
                    + "&$select=" + SELECT);
        }
        return queries;
    }

    /** The sales orders of an answer (v4 {@code value} or v2 {@code d.results}); ones without a key are left out. */
    static List<ErpOrder> orders(JsonObject answer) {
        JsonValue results = answer.get("d") instanceof JsonObject d ? d.get("results") : answer.get("value");
        List<ErpOrder> orders = new ArrayList<>();
        if (results instanceof JsonArray list) {
            for (JsonValue value : list) {
                if (value instanceof JsonObject order) {
                    String sfOrderId = SapErrors.text(order.get("PurchaseOrderByCustomer"));
                    String number = SapErrors.text(order.get("SalesOrder"));
                    if (sfOrderId != null && !sfOrderId.isBlank() && number != null) {
                        orders.add(new ErpOrder(sfOrderId, number, number,
                                SapGateway.status(SapErrors.text(order.get("OverallSDProcessStatus"))),
                                amount(order.get("TotalNetAmount"))));
                    }
                }
            }
        }
        return orders;
    }

    /** v4 gives a decimal as a number (or, IEEE754Compatible, as a string); v2 always as a string. */
    private static BigDecimal amount(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            try {
                return new BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
