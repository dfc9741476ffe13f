package org.o2cbridge.connector.sap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.fulfillment.Fulfillment;
import org.o2cbridge.fulfillment.FulfillmentPage;
import org.o2cbridge.fulfillment.FulfillmentSource;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/**
 * SAP S/4HANA's outbound deliveries for the fulfillment job, read with the OData v2 service
 * {@code API_OUTBOUND_DELIVERY_SRV;v=0002} (path {@code o2c.sap.outbound-delivery-service}).
 *
 * <p>A delivery counts as shipped once its goods issue is posted: {@code A_OutbDeliveryHeader}'s
 * {@code OverallGoodsMovementStatus} is {@code C} (A not started, B partly, C completed); a partial
 * shipment of an order is a delivery of part of its items. The ship date is
 * {@code ActualGoodsMovementDate}, the tracking number the header's {@code BillOfLading} (CHAR 35),
 * the sales order each item's {@code ReferenceSDDocument} (navigation {@code to_DeliveryDocumentItem}).
 * These names are those of the service's {@code A_OutbDeliveryHeaderType}/{@code A_OutbDeliveryItemType}
 * metadata. The header has no change time-stamp, only {@code LastChangeDate} (a date, Edm.DateTime,
 * in the system's time zone {@code o2c.sap.time-zone}): the query asks for the deliveries changed
 * on or after the watermark's day, so each run reads that day's deliveries again; as the job writes
 * each Order's whole shipment value, reading one again changes nothing. Pages are asked with
 * {@code $top}/{@code $skip} ordered by {@code LastChangeDate} and {@code DeliveryDocument}; when
 * SAP pages on its side (an answer with fewer rows and a {@code __next} link) the link is followed
 * until the page is full, so no row is skipped. A delivery of several sales orders is reported with
 * its first item's order by {@link #changedSince}, and under each of them by {@link #ofOrders}. The
 * calls run outside the chunk's transaction: no database work waits on SAP.
 */
@ApplicationScoped
public class SapFulfillmentGateway implements FulfillmentSource {

    /** The status a delivery with its goods issue posted shows on its Salesforce Order. */
    static final String SHIPPED = "Shipped";
    /** Sales orders or deliveries named in one {@code $filter}, so the URL stays short. */
    static final int IDS_PER_QUERY = 40;
    private static final String HEADER_FIELDS = "$select=DeliveryDocument,LastChangeDate,ActualGoodsMovementDate,"
            + "OverallGoodsMovementStatus,BillOfLading,to_DeliveryDocumentItem/ReferenceSDDocument"
            + "&$expand=to_DeliveryDocumentItem";

    @Inject
    SapGateway sap;

    @Inject
    @ConfigProperty(name = "o2c.sap.outbound-delivery-service",
            defaultValue = "/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002/")
    String servicePath;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public FulfillmentPage changedSince(Instant since, int offset, int limit) {
        SapODataClient client = sap.client();
        ZoneId zone = sap.settings().timeZone();
        JsonObject answer = client.get(service(), changedQuery(since, zone, offset, limit), "outbound delivery query");
        List<JsonObject> rows = new ArrayList<>(results(answer));
        long total = count(answer);
        String next = next(answer);
        while (rows.size() < limit && next != null) {
            JsonObject more = client.get(service(), next, "outbound delivery query");
            rows.addAll(results(more));
            next = next(more);
        }
        List<Fulfillment> fulfillments = rows.stream().limit(limit).map(row -> fulfillment(row, zone, null)).toList();
        boolean hasMore = total >= 0 ? offset + rows.size() < total : rows.size() >= limit || next != null;
        return new FulfillmentPage(fulfillments, hasMore && !rows.isEmpty(), total);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<String, List<Fulfillment>> ofOrders(Collection<String> erpOrderIds) {
        SapODataClient client = sap.client();
        ZoneId zone = sap.settings().timeZone();
        List<String> orders = erpOrderIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        Set<String> deliveries = new LinkedHashSet<>();
        for (List<String> chunk : chunks(orders)) {
            for (JsonObject item : all(client, itemsQuery(chunk))) {
                String delivery = SapErrors.text(item.get("DeliveryDocument"));
                if (delivery != null) {
                    deliveries.add(delivery);
                }
            }
        }
        Map<String, List<Fulfillment>> byOrder = new LinkedHashMap<>();
        Set<String> asked = Set.copyOf(orders);
        for (List<String> chunk : chunks(List.copyOf(deliveries))) {
            for (JsonObject header : all(client, headersQuery(chunk))) {
                for (String order : orders(header)) {
                    if (asked.contains(order)) {
                        byOrder.computeIfAbsent(order, o -> new ArrayList<>()).add(fulfillment(header, zone, order));
                    }
                }
            }
        }
        return byOrder;
    }

    private URI service() {
        return sap.settings().serviceRoot(servicePath);
    }

    /** Every row of a query, following SAP's {@code __next} links. */
    private List<JsonObject> all(SapODataClient client, String query) {
        List<JsonObject> rows = new ArrayList<>();
        String next = query;
        while (next != null) {
            JsonObject answer = client.get(service(), next, "outbound delivery query");
            rows.addAll(results(answer));
            next = next(answer);
        }
        return rows;
    }

    /** Deliveries with goods issue posted, changed on or after the watermark's day, oldest first. */
    static String changedQuery(Instant since, ZoneId zone, int offset, int limit) {
        LocalDate day = since.atZone(zone).toLocalDate();
        return "A_OutbDeliveryHeader?$filter=" + encode("OverallGoodsMovementStatus eq 'C' and LastChangeDate ge "
                + "datetime'" + day + "T00:00:00'") + "&$orderby=" + encode("LastChangeDate,DeliveryDocument")
                + "&$top=" + limit + "&$skip=" + offset + "&$inlinecount=allpages&" + HEADER_FIELDS;
    }

    /** The items of deliveries that reference any of these sales orders. */
    static String itemsQuery(List<String> salesOrders) {
        return "A_OutbDeliveryItem?$filter=" + encode(salesOrders.stream()
                .map(o -> "ReferenceSDDocument eq " + quoted(o)).collect(Collectors.joining(" or ")))
                + "&$select=DeliveryDocument,ReferenceSDDocument";
    }

    /** These deliveries, those with goods issue posted, with their items' sales orders. */
    static String headersQuery(List<String> deliveries) {
        return "A_OutbDeliveryHeader?$filter=" + encode("(" + deliveries.stream()
                .map(d -> "DeliveryDocument eq " + quoted(d)).collect(Collectors.joining(" or "))
                + ") and OverallGoodsMovementStatus eq 'C'") + "&$orderby=DeliveryDocument&" + HEADER_FIELDS;
    }

    /**
     * A delivery header (with its items) as the job's fulfillment of {@code order}, or of its first
     * item's sales order when {@code order} is null.
     */
    static Fulfillment fulfillment(JsonObject header, ZoneId zone, String order) {
        String delivery = SapErrors.text(header.get("DeliveryDocument"));
        List<String> orders = orders(header);
        String erpOrder = order != null ? order : orders.isEmpty() ? null : orders.get(0);
        String billOfLading = SapErrors.text(header.get("BillOfLading"));
        List<String> tracking = billOfLading == null ? List.of()
                : Arrays.stream(billOfLading.split("[\\s,;]+")).filter(n -> !n.isBlank()).toList();
        String status = "C".equals(SapErrors.text(header.get("OverallGoodsMovementStatus"))) ? SHIPPED
                : SapErrors.text(header.get("OverallGoodsMovementStatus"));
        LocalDate changed = date(header.get("LastChangeDate"));
        return new Fulfillment(delivery, delivery, erpOrder, date(header.get("ActualGoodsMovementDate")), status,
                tracking, changed == null ? Instant.EPOCH : changed.atStartOfDay(zone).toInstant());
    }

    /** The sales orders of a delivery's items, each once, in item order. */
    static List<String> orders(JsonObject header) {
        JsonValue items = header.get("to_DeliveryDocumentItem");
        JsonValue list = items instanceof JsonObject wrapped ? wrapped.get("results") : items;
        Set<String> orders = new LinkedHashSet<>();
        if (list instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject row) {
                    String reference = SapErrors.text(row.get("ReferenceSDDocument"));
                    if (reference != null && !reference.isBlank()) {
                        orders.add(reference);
                    }
                }
            }
        }
        return List.copyOf(orders);
    }

    /** An OData v2 Edm.DateTime, {@code /Date(1767225600000)/}, as the date it stands for (UTC midnight). */
    static LocalDate date(JsonValue value) {
        String text = SapErrors.text(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.startsWith("/Date(")) {
            String millis = text.substring(6, text.indexOf(')')).split("[+-]", 2)[0];
            return Instant.ofEpochMilli(Long.parseLong(millis)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    private static List<JsonObject> results(JsonObject answer) {
        JsonValue results = answer.get("d") instanceof JsonObject d ? d.get("results") : null;
        return results instanceof JsonArray list
                ? list.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList() : List.of();
    }

    private static long count(JsonObject answer) {
        String count = answer.get("d") instanceof JsonObject d ? SapErrors.text(d.get("__count")) : null;
        return count == null || !count.matches("\\d+") ? -1 : Long.parseLong(count);
    }

    private static String next(JsonObject answer) {
        return answer.get("d") instanceof JsonObject d ? SapErrors.text(d.get("__next")) : null;
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
        }
        return chunks;
    }

    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
