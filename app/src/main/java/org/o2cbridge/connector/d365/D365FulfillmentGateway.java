package org.o2cbridge.connector.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.fulfillment.Fulfillment;
import org.o2cbridge.fulfillment.FulfillmentPage;
import org.o2cbridge.fulfillment.FulfillmentSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * Dynamics 365 F&O's posted sales packing slips for the fulfillment job, read with OData v4 across
 * companies ({@code cross-company=true}). Posting a packing slip is how F&O ships a sales order or
 * part of it (the order's {@code SalesOrderHeadersV2.SalesOrderStatus} becomes {@code Delivered}
 * once all of it is shipped); each packing slip is one fulfillment of its order, whose id is
 * {@code dataAreaId:SalesOrderNumber} as the order sync records it.
 *
 * <p>Unverified: the packing slip journal's public entity set and field names. The packing slip
 * journal itself is documented ({@code CustPackingSlipJour}: {@code PackingSlipId}, {@code SalesId},
 * {@code DeliveryDate}), its OData entity was not found in Microsoft's published entity lists this
 * adapter was checked against. The adapter reads the entity set {@code o2c.d365.packing-slip-entity}
 * (default {@code CustomerPackingSlipJournalHeaders}) with the fields {@code dataAreaId},
 * {@code PackingSlipId}, {@code SalesOrderNumber} (the entities' name of {@code SalesId}),
 * {@code DeliveryDate}, {@code ModifiedDateTime} (the change time) and {@code TrackingNumbers}
 * (the carrier's numbers, separated by spaces, commas or semicolons); a deployment whose entity
 * differs sets the entity set's name, and a field that differs needs this adapter changed.
 *
 * <p>Pages are asked with {@code $top}/{@code $skip} ordered by change time and key with
 * {@code $count=true}; F&O pages on its side at up to 10,000 rows, and when an answer carries an
 * {@code @odata.nextLink} before the page is full the link is followed. The calls run outside the
 * chunk's transaction: no database work waits on D365.
 */
@ApplicationScoped
public class D365FulfillmentGateway implements FulfillmentSource {

    /** The status a posted packing slip shows on its Salesforce Order. */
    static final String SHIPPED = "Shipped";
    /** Sales orders named in one {@code $filter}, so the URL stays short. */
    static final int ORDERS_PER_QUERY = 20;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;
    private static final String FIELDS = "$select=dataAreaId,PackingSlipId,SalesOrderNumber,DeliveryDate,"
            + "ModifiedDateTime,TrackingNumbers";

    @Inject
    D365Gateway d365;

    @Inject
    @ConfigProperty(name = "o2c.d365.packing-slip-entity", defaultValue = "CustomerPackingSlipJournalHeaders")
    String entitySet;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public FulfillmentPage changedSince(Instant since, int offset, int limit) {
        d365.requireConfigured();
        JsonObject answer = get(changedQuery(entitySet, since, offset, limit));
        List<JsonObject> rows = new ArrayList<>(values(answer));
        long total = answer.get("@odata.count") instanceof JsonNumber n ? n.longValue() : -1;
        String next = answer.getString("@odata.nextLink", null);
        while (rows.size() < limit && next != null) {
            JsonObject more = get(relative(next));
            rows.addAll(values(more));
            next = more.getString("@odata.nextLink", null);
        }
        List<Fulfillment> fulfillments = rows.stream().limit(limit).map(D365FulfillmentGateway::fulfillment).toList();
        boolean hasMore = total >= 0 ? offset + rows.size() < total : rows.size() >= limit || next != null;
        return new FulfillmentPage(fulfillments, hasMore && !rows.isEmpty(), total);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<String, List<Fulfillment>> ofOrders(Collection<String> erpOrderIds) {
        d365.requireConfigured();
        List<String> ids = erpOrderIds.stream().filter(id -> id != null && id.indexOf(':') > 0).distinct().toList();
        Map<String, List<Fulfillment>> byOrder = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += ORDERS_PER_QUERY) {
            String next = ofOrdersQuery(entitySet, ids.subList(from, Math.min(ids.size(), from + ORDERS_PER_QUERY)));
            while (next != null) {
                JsonObject answer = get(next);
                for (JsonObject row : values(answer)) {
                    Fulfillment fulfillment = fulfillment(row);
                    byOrder.computeIfAbsent(fulfillment.erpOrderId(), o -> new ArrayList<>()).add(fulfillment);
                }
                String link = answer.getString("@odata.nextLink", null);
                next = link == null ? null : relative(link);
            }
        }
        return byOrder;
    }

    private JsonObject get(String path) {
        return d365.odata().get(path, "packing slip query").orElse(JsonValue.EMPTY_JSON_OBJECT);
    }

    /** A next link relative to the service root, as the client asks it. */
    private String relative(String link) {
        String root = d365.settings().serviceRoot();
        return link.startsWith(root) ? link.substring(root.length()) : link;
    }

    /** Packing slips changed after the watermark in every company, oldest change first, a page. */
    static String changedQuery(String entitySet, Instant since, int offset, int limit) {
        return entitySet + "?cross-company=true&$filter=" + encode("ModifiedDateTime gt " + INSTANT.format(since))
                + "&$orderby=" + encode("ModifiedDateTime,dataAreaId,PackingSlipId") + "&$top=" + limit
                + "&$skip=" + offset + "&$count=true&" + FIELDS;
    }

    /** Every packing slip of these sales orders ({@code dataAreaId:SalesOrderNumber}). */
    static String ofOrdersQuery(String entitySet, List<String> erpOrderIds) {
        String filter = erpOrderIds.stream().map(id -> {
            int colon = id.indexOf(':');
            return "(dataAreaId eq " + D365RecordMapper.quoted(id.substring(0, colon)) + " and SalesOrderNumber eq "
                    + D365RecordMapper.quoted(id.substring(colon + 1)) + ")";
        }).collect(Collectors.joining(" or "));
        return entitySet + "?cross-company=true&$filter=" + encode(filter) + "&$orderby="
                + encode("dataAreaId,PackingSlipId") + "&" + FIELDS;
    }

    static Fulfillment fulfillment(JsonObject row) {
        String company = row.getString("dataAreaId", "");
        String slip = row.getString("PackingSlipId", null);
        String order = row.getString("SalesOrderNumber", null);
        String tracking = row.get("TrackingNumbers") instanceof JsonString text ? text.getString() : "";
        return new Fulfillment(company + ":" + slip, slip, order == null ? null : company + ":" + order,
                date(row.get("DeliveryDate")), SHIPPED,
                Arrays.stream(tracking.split("[\\s,;]+")).filter(n -> !n.isBlank()).toList(),
                row.get("ModifiedDateTime") instanceof JsonString changed
                        ? OffsetDateTime.parse(changed.getString()).toInstant() : Instant.EPOCH);
    }

    /** An Edm.DateTimeOffset's date ({@code 2026-03-02T12:00:00Z}); F&O's empty date (1900-01-01) is none. */
    static LocalDate date(JsonValue value) {
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            return null;
        }
        LocalDate date = LocalDate.parse(text.getString().substring(0, 10));
        return date.getYear() <= 1900 ? null : date;
    }

    private static List<JsonObject> values(JsonObject answer) {
        return answer.get("value") instanceof JsonArray list
                ? list.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList() : List.of();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
