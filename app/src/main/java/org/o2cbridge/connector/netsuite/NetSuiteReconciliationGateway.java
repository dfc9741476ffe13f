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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NetSuite's sales orders for the reconciliation, read with SuiteQL by their external ids (the
 * Salesforce Order ids the bridge upserts them by): internal id, {@code tranid}, status and
 * {@code foreigntotal}, one query per {@value NetSuiteRecords#QUERY_PAGE} ids. An id that is no
 * Salesforce id is left out rather than quoted into the query. The calls run outside the chunk's
 * transaction.
 */
@ApplicationScoped
public class NetSuiteReconciliationGateway implements ErpOrderSource {

    private static final String COLUMNS = "SELECT id, tranid, externalid, BUILTIN.DF(status) AS status, foreigntotal "
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
            for (JsonObject row : netSuite.suiteQl(query(ids.subList(from, Math.min(ids.size(), from + NetSuiteRecords.QUERY_PAGE))))) {
                ErpOrder order = order(row);
                if (order.sfOrderId() != null) {
                    found.put(order.sfOrderId(), order);
                }
            }
        }
        return found;
    }

    static String query(List<String> sfOrderIds) {
        return COLUMNS + String.join(", ", sfOrderIds.stream().map(id -> "'" + id + "'").toList()) + ") ORDER BY id";
    }

    static ErpOrder order(JsonObject row) {
        return new ErpOrder(text(row, "externalid"), text(row, "id"), text(row, "tranid"), text(row, "status"),
                amount(row.get("foreigntotal")));
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
