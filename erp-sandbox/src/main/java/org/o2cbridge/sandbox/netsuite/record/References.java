package org.o2cbridge.sandbox.netsuite.record;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Resolves a reference to another record in a request body, {@code {"id":"107"}} or
 * {@code {"externalId":"001…"}}, against the account, refusing a reference to no record the way
 * NetSuite does ({@code Invalid Field Value X for the following field: f}); and writes references
 * in answers as {@code {"id", "refName"}} (items also with their {@code externalId}).
 */
final class References {

    private final NetSuiteAccount account;

    References(NetSuiteAccount account) {
        this.account = account;
    }

    JsonObject resolve(RecordType type, JsonValue reference, String field, String path) {
        if (!(reference instanceof JsonObject object)) {
            throw NetSuiteApiException.invalidFieldValue(String.valueOf(reference), field, path);
        }
        Optional<String> id = text(object, "id");
        Optional<String> externalId = text(object, "externalId");
        if (id.isEmpty() && externalId.isEmpty()) {
            throw NetSuiteApiException.invalidContent("Error while accessing resource: The reference in field "
                    + field + " needs an id or an externalId.", path);
        }
        Optional<JsonObject> found = id.isPresent()
                ? account.find(type, id.get()).filter(record -> externalId.isEmpty()
                        || externalId.get().equals(record.getString("externalId", null)))
                : account.findByExternalId(type, externalId.get());
        return found.orElseThrow(() -> NetSuiteApiException.invalidFieldValue(id.orElseGet(externalId::get), field, path));
    }

    static JsonObjectBuilder refTo(JsonObject record, String refName) {
        JsonObjectBuilder ref = Json.createObjectBuilder().add("id", record.getString("id"));
        if (record.containsKey("externalId") && !record.isNull("externalId")) {
            ref.add("externalId", record.getString("externalId"));
        }
        return ref.add("refName", refName);
    }

    static Optional<String> text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
            return Optional.of(value.toString());
        }
        return Optional.empty();
    }
}
