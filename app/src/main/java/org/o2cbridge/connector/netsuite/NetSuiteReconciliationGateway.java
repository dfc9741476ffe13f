package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.o2cbridge.reconciliation.ErpOrder;
import org.o2cbridge.reconciliation.ErpOrderSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NetSuite's sales orders for the reconciliation, read with SuiteQL by their external ids (the
 * Salesforce Order ids the bridge upserts them by): internal id, {@code tranid} and status, one
 * query per {@value NetSuiteRecords#QUERY_PAGE} ids, and the orders' net amount from a second query
 * of their item lines ({@code transactionline}, not the main or tax lines; NetSuite keeps a sale's
 * line amounts negative): the sum of what the lines charge before tax and shipping, as Salesforce's
 * {@code TotalAmount} sums its lines. {@code foreigntotal} would not do: it includes tax and
 * shipping. An id that is no Salesforce id is left out rather than quoted into the query. The calls
 * run outside the chunk's transaction.
 */
@ApplicationScoped
public class NetSuiteReconciliationGateway implements ErpOrderSource {

    private static final String COLUMNS = "SELECT id, tranid, externalid, BUILTIN.DF(status) AS status "
            + "FROM transaction WHERE type = 'SalesOrd' AND externalid IN (";

    @Inject
    NetSuiteRecords netSuite;

    @Override
    public String system() {
        return NetSuiteGateway.SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<String, ErpOrder> bySalesforceIds(Collection<String> sfOrderIds) {
        List<String> ids = sfOrderIds.stream().filter(id -> id != null && id.matches("[A-Za-z0-9]{15,18}")).distinct().toList();
        Map<String, ErpOrder> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += NetSuiteRecords.QUERY_PAGE) {
            List<ErpOrder> page = new ArrayList<>();
            for (JsonObject row : netSuite.suiteQl(query(ids.subList(from, Math.min(ids.size(), from + NetSuiteRecords.QUERY_PAGE))))) {
                ErpOrder order = order(row);
                if (order.sfOrderId() != null && order.internalId() != null && order.internalId().matches("\\d+")) {
                    page.add(order);
                }
            }
            Map<String, BigDecimal> net = page.isEmpty() ? Map.of()
                    : netAmounts(netSuite.suiteQl(linesQuery(page.stream().map(ErpOrder::internalId).toList())));
            for (ErpOrder order : page) {
                found.put(order.sfOrderId(), new ErpOrder(order.sfOrderId(), order.internalId(), order.number(),
                        order.status(), net.getOrDefault(order.internalId(), BigDecimal.ZERO)));
            }
        }
        return found;
    }

    static String linesQuery(List<String> internalIds) {
        return "SELECT transaction, netamount FROM transactionline WHERE transaction IN (" + String.join(", ", internalIds)
                + ") AND mainline = 'F' AND taxline = 'F'";
    }

    /** Each order's net amount: its item lines' {@code netamount}, negated back from NetSuite's sign for a sale. */
    static Map<String, BigDecimal> netAmounts(List<JsonObject> lines) {
        Map<String, BigDecimal> net = new HashMap<>();
        for (JsonObject line : lines) {
            BigDecimal amount = amount(line.get("netamount"));
            String order = text(line, "transaction");
            if (amount != null && order != null) {
                net.merge(order, amount.negate(), BigDecimal::add);
            }
        }
        return net;
    }

    static String query(List<String> sfOrderIds) {
        return COLUMNS + String.join(", ", sfOrderIds.stream().map(id -> "'" + id + "'").toList()) + ") ORDER BY id";
    }

    static ErpOrder order(JsonObject row) {
        return new ErpOrder(text(row, "externalid"), text(row, "id"), text(row, "tranid"), text(row, "status"), null);
    }

    private static String text(JsonObject row, String column) {
        JsonValue value = row.get(column);
        if (value instanceof JsonString s) {
            return s.getString().isEmpty() ? null : s.getString();
        }
        return value instanceof JsonNumber n ? n.toString() : null;
    }

    private static BigDecimal amount(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return new BigDecimal(s.getString().strip());
        }
        return null;
    }
}
