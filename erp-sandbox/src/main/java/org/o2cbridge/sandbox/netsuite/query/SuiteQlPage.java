package org.o2cbridge.sandbox.netsuite.query;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;

/**
 * One page of a SuiteQL answer as NetSuite writes it: {@code links} ({@code self}, and
 * {@code previous}/{@code next} where there are more rows that way), {@code count}, {@code hasMore},
 * {@code items}, {@code offset} and {@code totalResults}. {@code limit} is 1 to 1000 and
 * {@code offset} 0 or a multiple of {@code limit}; other values are refused with 400
 * {@code INVALID_PARAMETER}. Only the rows of the page are read from the answer ({@link SuiteQlRows}).
 */
public final class SuiteQlPage {

    public static final int MAX_LIMIT = 1000;

    private SuiteQlPage() {
    }

    public static JsonObject of(List<JsonObject> rows, URI endpoint, int limit, int offset) {
        return of(SuiteQlRows.of(rows), endpoint, limit, offset);
    }

    public static JsonObject of(SuiteQlRows rows, URI endpoint, int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw SuiteQlParser.invalid("Invalid value for limit: it is 1 to " + MAX_LIMIT + ".");
        }
        if (offset < 0 || offset % limit != 0) {
            throw SuiteQlParser.invalid("Invalid value for offset: it is 0 or more and a multiple of limit (" + limit + ").");
        }
        long total = rows.total();
        List<JsonObject> page = rows.slice(offset, limit);
        boolean hasMore = offset + page.size() < total;
        JsonArrayBuilder links = Json.createArrayBuilder().add(link("self", endpoint, limit, offset));
        if (offset > 0) {
            links.add(link("previous", endpoint, limit, offset - limit));
        }
        if (hasMore) {
            links.add(link("next", endpoint, limit, offset + limit));
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.forEach(items::add);
        return Json.createObjectBuilder()
                .add("links", links)
                .add("count", page.size())
                .add("hasMore", hasMore)
                .add("items", items)
                .add("offset", offset)
                .add("totalResults", total)
                .build();
    }

    private static JsonObject link(String rel, URI endpoint, int limit, int offset) {
        return Json.createObjectBuilder().add("rel", rel)
                .add("href", endpoint + "?limit=" + limit + "&offset=" + offset).build();
    }
}
