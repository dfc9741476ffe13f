package org.o2cbridge.sandbox.sap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * An OData v2 collection answer of the simulated SAP's read services: {@code $filter}
 * ({@link ODataFilter}), {@code $orderby}, {@code $top}, {@code $skip}, {@code $inlinecount=allpages}
 * and {@code $select} over the rows given, {@code {"d":{"__count":"…","results":[…]}}}; like SAP
 * Gateway with server-side paging, at most {@value #PAGE} rows and then a {@code __next} link.
 */
final class V2Collection {

    /** Rows per answer before a {@code __next} link. */
    static final int PAGE = 1000;

    private V2Collection() {
    }

    /** Whether {@code $expand} (comma-separated, may be absent) names the navigation. */
    static boolean expands(String expand, String navigation) {
        return expand != null && Arrays.asList(expand.split("\\s*,\\s*")).contains(navigation);
    }

    /** The entity with its {@code __metadata} type, {@code <service>.<type>}, as an expanded entity carries it. */
    static JsonObject typed(JsonObject entity, String service, String type) {
        return Json.createObjectBuilder(entity).add("__metadata", Json.createObjectBuilder()
                .add("type", service + "." + type)).build();
    }

    /** An unexpanded navigation: {@code {"__deferred":{"uri":…}}}. */
    static JsonObject deferred(String uri) {
        return Json.createObjectBuilder().add("__deferred", Json.createObjectBuilder().add("uri", uri)).build();
    }

    static JsonObject answer(List<JsonObject> all, String base, String service, String set, String type, String keyField,
                             UriInfo uriInfo, String filter, String orderBy, Integer top, Integer skip, String count,
                             String select) {
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
                    .add("id", base + "/" + set + "('" + SapBook.text(row.get(keyField)) + "')")
                    .add("type", service + "." + type));
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
            d.add("__next", next(uriInfo, to, top == null ? null : (int) remaining));
        }
        return Json.createObjectBuilder().add("d", d).build();
    }

    /** The same query from {@code skip} on, for at most {@code top} more rows. */
    private static String next(UriInfo uriInfo, int skip, Integer top) {
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

}
