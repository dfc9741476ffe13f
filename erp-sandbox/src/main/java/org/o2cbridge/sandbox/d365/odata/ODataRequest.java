package org.o2cbridge.sandbox.d365.odata;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One OData operation, on its own or inside a {@code $batch}: the method, the resource path
 * relative to the service root ({@code CustomersV3(dataAreaId='usmf',CustomerAccount='US-001')},
 * {@code SalesOrderHeadersV2}, or {@code $1/SalesOrderLines} for an entity created earlier in the
 * same change set), the decoded query options and the body.
 */
public record ODataRequest(String method, String path, Map<String, String> query, String body) {

    /**
     * From a request target as it appears in a batch part: absolute ({@code https://env/data/X}),
     * absolute-path ({@code /data/X}) or relative to the service root ({@code X}, {@code $1/X}).
     */
    public static ODataRequest of(String method, String target, String body) {
        String relative = target;
        int data = relative.indexOf("/data/");
        if (data >= 0 && !relative.startsWith("$")) {
            relative = relative.substring(data + "/data/".length());
        }
        String queryText = null;
        int question = relative.indexOf('?');
        if (question >= 0) {
            queryText = relative.substring(question + 1);
            relative = relative.substring(0, question);
        }
        return new ODataRequest(method, URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8),
                parseQuery(queryText), body);
    }

    static Map<String, String> parseQuery(String text) {
        Map<String, String> query = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return query;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(key, value);
        }
        return query;
    }
}
