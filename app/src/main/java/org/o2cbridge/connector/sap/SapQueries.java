package org.o2cbridge.connector.sap;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the adapter asks SAP for documents by key: {@code $filter} expressions of equalities, quoted
 * and encoded as OData and the query string want them, and the first entity of an answer's
 * collection (v4 {@code value}, v2 {@code d.results}).
 */
final class SapQueries {

    private SapQueries() {
    }

    /** {@code $filter=Property eq 'value'}, quotes doubled, encoded for the query string. */
    static String filter(String property, String value) {
        return filter(Map.of(property, value));
    }

    /** {@code $filter=A eq 'a' and B eq 'b'}, in a stable order. */
    static String filter(Map<String, String> equalities) {
        String expression = new TreeMap<>(equalities).entrySet().stream()
                .map(e -> e.getKey() + " eq '" + e.getValue().replace("'", "''") + "'")
                .collect(Collectors.joining(" and "));
        return "$filter=" + URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The first entity of a v4 answer's {@code value} or a v2 answer's {@code d.results}. */
    static Optional<JsonObject> first(JsonObject answer) {
        JsonValue results = answer.get("d") instanceof JsonObject d ? d.get("results") : answer.get("value");
        return results instanceof JsonArray list && !list.isEmpty() && list.get(0) instanceof JsonObject o
                ? Optional.of(o) : Optional.empty();
    }
}
