package org.o2cbridge.connector.netsuite;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Optional;

/**
 * Reads NetSuite's JSON answers. A field may come as a plain value or, for select fields such as a
 * sales order's {@code status}, as a reference object {@code {"id":"B","refName":"Pending
 * Fulfillment"}}; {@link #text} answers the readable form of either.
 */
final class NetSuiteJson {

    private NetSuiteJson() {
    }

    /** The body as a JSON object, or empty when it is not one (an HTML error page, an empty body). */
    static Optional<JsonObject> object(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** A field as text: a string or number as written, a reference by its {@code refName} (else {@code id}). */
    static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case OBJECT -> {
                JsonObject reference = value.asJsonObject();
                String name = text(reference, "refName");
                yield name != null ? name : text(reference, "id");
            }
            default -> value.toString();
        };
    }
}
