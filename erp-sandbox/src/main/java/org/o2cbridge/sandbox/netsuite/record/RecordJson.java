package org.o2cbridge.sandbox.netsuite.record;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.List;

/**
 * Writes records as the REST record API answers them: with {@code links} to themselves, and with
 * sublists (a sales order's {@code item}) only as a link unless {@code expandSubResources=true}
 * asked for their lines; and writes collection pages with {@code count}, {@code hasMore},
 * {@code offset} and {@code totalResults}.
 */
public final class RecordJson {

    private RecordJson() {
    }

    public static JsonObject record(JsonObject stored, URI self, boolean expandSubResources) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("links", links(self));
        stored.forEach(json::add);
        if (stored.get("item") instanceof JsonObject sublist && sublist.containsKey("items")) {
            URI sublistUri = URI.create(self + "/item");
            JsonArray lines = sublist.getJsonArray("items");
            json.add("item", expandSubResources
                    ? Json.createObjectBuilder().add("links", links(sublistUri)).add("count", lines.size())
                            .add("hasMore", false).add("items", lines).add("offset", 0).add("totalResults", lines.size())
                    : Json.createObjectBuilder().add("links", links(sublistUri)));
        }
        return json.build();
    }

    /** One page of a collection; {@code recordUri} is the record type's URI. */
    public static JsonObject page(List<JsonObject> all, URI recordUri, int limit, int offset) {
        List<JsonObject> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        var items = Json.createArrayBuilder();
        page.forEach(record -> items.add(Json.createObjectBuilder()
                .add("links", links(URI.create(recordUri + "/" + record.getString("id"))))
                .add("id", record.getString("id"))));
        return Json.createObjectBuilder()
                .add("links", links(URI.create(recordUri + "?limit=" + limit + "&offset=" + offset)))
                .add("count", page.size())
                .add("hasMore", offset + page.size() < all.size())
                .add("items", items)
                .add("offset", offset)
                .add("totalResults", all.size())
                .build();
    }

    private static JsonValue links(URI self) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("rel", "self").add("href", self.toString())).build();
    }
}
