package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.o2cbridge.sandbox.platform.ODataFilter;

/**
 * The outbound delivery service, OData v2 ({@code /sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002/};
 * the version is a matrix parameter of the service segment): the service document, and queries of
 * {@code A_OutbDeliveryHeader} and {@code A_OutbDeliveryItem} with {@code $filter} (comparisons
 * joined by and/or, {@code datetime'…'} literals), {@code $orderby}, {@code $top}, {@code $skip},
 * {@code $inlinecount=allpages}, {@code $select} and, for headers, {@code $expand=to_DeliveryDocumentItem}
 * (unexpanded, the navigation is {@code __deferred}). Like SAP Gateway with server-side paging, an
 * answer holds at most {@value #PAGE} rows and then a {@code __next} link. Deliveries are made
 * through {@code /api/sap/deliveries}.
 */
@RequestScoped
@Path(OutboundDeliveryResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class OutboundDeliveryResource {

    static final String ROOT = "sap/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV";
    /** Rows per answer before a {@code __next} link. */
    static final int PAGE = 1000;
    private static final String SERVICE = "API_OUTBOUND_DELIVERY_SRV";

    @Inject
    SapSimulator sap;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject serviceDocument() {
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("EntitySets",
                Json.createArrayBuilder().add("A_OutbDeliveryHeader").add("A_OutbDeliveryItem"))).build();
    }

    @GET
    @Path("A_OutbDeliveryHeader")
    public JsonObject headers(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                              @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                              @QueryParam("$inlinecount") String count, @QueryParam("$select") String select,
                              @QueryParam("$expand") String expand) {
        boolean items = expand != null && Arrays.asList(expand.split("\\s*,\\s*")).contains("to_DeliveryDocumentItem");
        List<JsonObject> rows = sap.deliveries().headers().stream().map(h -> header(h, items)).toList();
        return answer(rows, "A_OutbDeliveryHeader", "A_OutbDeliveryHeaderType", filter, orderBy, top, skip, count, select);
    }

    @GET
    @Path("A_OutbDeliveryItem")
    public JsonObject items(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                            @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                            @QueryParam("$inlinecount") String count, @QueryParam("$select") String select) {
        return answer(sap.deliveries().items(null), "A_OutbDeliveryItem", "A_OutbDeliveryItemType", filter, orderBy,
                top, skip, count, select);
    }

    private JsonObject header(JsonObject header, boolean withItems) {
        JsonObjectBuilder shaped = Json.createObjectBuilder(header);
        String uri = base() + "/A_OutbDeliveryHeader('" + header.getString("DeliveryDocument") + "')";
        if (withItems) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            header.getJsonArray("to_DeliveryDocumentItem").forEach(i -> items.add(Json.createObjectBuilder(i.asJsonObject())
                    .add("__metadata", Json.createObjectBuilder().add("type", SERVICE + ".A_OutbDeliveryItemType"))));
            shaped.add("to_DeliveryDocumentItem", Json.createObjectBuilder().add("results", items));
        } else {
            shaped.add("to_DeliveryDocumentItem", Json.createObjectBuilder().add("__deferred",
                    Json.createObjectBuilder().add("uri", uri + "/to_DeliveryDocumentItem")));
        }
        return shaped.build();
    }

    private JsonObject answer(List<JsonObject> all, String set, String type, String filter, String orderBy, Integer top,
                              Integer skip, String count, String select) {
        Predicate<JsonObject> matches;
        try {
            matches = ODataFilter.parse(filter);
        } catch (IllegalArgumentException e) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", e.getMessage(), "$filter");
        }
        List<JsonObject> found = new ArrayList<>(all.stream().filter(matches).toList());
        if (orderBy != null && !orderBy.isBlank()) {
            Comparator<JsonObject> order = null;
            for (String term : orderBy.split("\\s*,\\s*")) {
                String[] parts = term.strip().split("\\s+");
                Comparator<JsonObject> by = Comparator.comparing((JsonObject o) -> sortKey(o, parts[0]));
                if (parts.length > 1 && parts[1].equalsIgnoreCase("desc")) {
                    by = by.reversed();
                }
                order = order == null ? by : order.thenComparing(by);
            }
            found.sort(order);
        }
        int from = skip == null ? 0 : Math.max(0, skip);
        int wanted = top == null ? Integer.MAX_VALUE : Math.max(0, top);
        int to = (int) Math.min(found.size(), Math.min((long) from + wanted, (long) from + PAGE));
        List<JsonObject> page = from >= found.size() ? List.of() : found.subList(from, to);
        Set<String> fields = select == null || select.isBlank() ? null
                : Arrays.stream(select.split("\\s*,\\s*")).map(f -> f.split("/")[0]).collect(Collectors.toSet());
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (JsonObject row : page) {
            JsonObjectBuilder shaped = Json.createObjectBuilder().add("__metadata", Json.createObjectBuilder()
                    .add("id", base() + "/" + set + "('" + row.getString("DeliveryDocument") + "')")
                    .add("type", SERVICE + "." + type));
            row.forEach((key, value) -> {
                if (fields == null || fields.contains(key)) {
                    shaped.add(key, value);
                }
            });
            results.add(shaped);
        }
        JsonObjectBuilder d = Json.createObjectBuilder();
        if ("allpages".equals(count)) {
            d.add("__count", Integer.toString(found.size()));
        }
        d.add("results", results);
        long remaining = top == null ? found.size() - to : (long) from + wanted - to;
        if (to < found.size() && remaining > 0) {
            d.add("__next", next(to, top == null ? null : (int) remaining));
        }
        return Json.createObjectBuilder().add("d", d).build();
    }

    /** The same query from {@code skip} on, for at most {@code top} more rows. */
    private String next(int skip, Integer top) {
        var builder = uriInfo.getRequestUriBuilder().replaceQueryParam("$skip", skip);
        builder = top == null ? builder.replaceQueryParam("$top") : builder.replaceQueryParam("$top", top);
        return builder.build().toString();
    }

    private static String sortKey(JsonObject row, String field) {
        String text = SapBook.text(row.get(field));
        if (text == null) {
            return "";
        }
        if (text.startsWith("/Date(")) {
            return String.format("%020d", Long.parseLong(text.substring(6, text.indexOf(')')).split("[+-]", 2)[0]));
        }
        return text;
    }

    private String base() {
        return uriInfo.getBaseUri() + ROOT + ";v=0002";
    }
}
