package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.o2cbridge.fulfillment.Fulfillment;
import org.o2cbridge.fulfillment.FulfillmentPage;
import org.o2cbridge.fulfillment.FulfillmentSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NetSuite's item fulfillments ({@code ItemShip} transactions) for the fulfillment job, read with
 * SuiteQL: those changed after the watermark a page at a time ({@code limit}/{@code offset},
 * {@code hasMore}), ordered by change time and internal id so that paging is stable; and every
 * fulfillment of a page's sales orders ({@code createdfrom IN (…)}), so an Order's tracking numbers
 * are the union over all its shipments. NetSuite keeps tracking numbers on the fulfillment's
 * packages; the query reads a {@code trackingnumbers} text column, which the sandbox serves as a
 * simplification, and splits it on spaces, commas, semicolons and {@code <BR>}. The calls run
 * outside the chunk's transaction: no database work waits on NetSuite.
 */
@ApplicationScoped
public class NetSuiteFulfillmentGateway implements FulfillmentSource {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final String COLUMNS = "SELECT id, tranid, createdfrom, trandate, BUILTIN.DF(status) AS status, "
            + "trackingnumbers, lastmodifieddate FROM transaction WHERE type = 'ItemShip' ";

    @Inject
    NetSuiteRecords netSuite;

    @Override
    public String system() {
        return NetSuiteGateway.SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public FulfillmentPage changedSince(Instant since, int offset, int limit) {
        JsonObject page = netSuite.suiteQlPage(query(since), limit, offset);
        JsonArray items = page.get("items") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        List<Fulfillment> fulfillments = items.stream().map(JsonValue::asJsonObject)
                .map(NetSuiteFulfillmentGateway::fulfillment).toList();
        return new FulfillmentPage(fulfillments, page.getBoolean("hasMore", false),
                page.containsKey("totalResults") ? page.getJsonNumber("totalResults").longValue() : -1);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<String, List<Fulfillment>> ofOrders(Collection<String> erpOrderIds) {
        List<String> ids = erpOrderIds.stream().filter(id -> id.matches("\\d+")).distinct().toList();
        Map<String, List<Fulfillment>> byOrder = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += NetSuiteRecords.QUERY_PAGE) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + NetSuiteRecords.QUERY_PAGE));
            for (JsonObject row : netSuite.suiteQl(ofOrdersQuery(chunk))) {
                Fulfillment fulfillment = fulfillment(row);
                byOrder.computeIfAbsent(fulfillment.erpOrderId(), o -> new ArrayList<>()).add(fulfillment);
            }
        }
        return byOrder;
    }

    static String query(Instant since) {
        return COLUMNS + "AND lastmodifieddate > TO_TIMESTAMP('" + TIMESTAMP.format(since)
                + "', 'YYYY-MM-DD HH24:MI:SS') ORDER BY lastmodifieddate, id";
    }

    static String ofOrdersQuery(List<String> erpOrderIds) {
        return COLUMNS + "AND createdfrom IN (" + String.join(", ", erpOrderIds) + ") ORDER BY id";
    }

    static Fulfillment fulfillment(JsonObject row) {
        String tracking = row.getString("trackingnumbers", "");
        List<String> numbers = Arrays.stream(tracking.split("(?i)<br\\s*/?>|[\\s,;]+")).filter(n -> !n.isBlank()).toList();
        return new Fulfillment(row.getString("id"), row.getString("tranid", null), row.getString("createdfrom", null),
                row.containsKey("trandate") ? LocalDate.parse(row.getString("trandate")) : null,
                row.getString("status", null), numbers, Instant.parse(row.getString("lastmodifieddate")));
    }
}
