package org.o2cbridge.sandbox.sap;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Reads request bodies of the SAP services; a body that is not a JSON object is SAP's 400. */
final class SapJson {

    private SapJson() {
    }

    /** The body as an object; for v2 the entity may also come wrapped in {@code {"d":{…}}}. */
    static JsonObject object(String body, boolean v2) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw error(v2, "The request body is not valid JSON");
        }
        if (!(value instanceof JsonObject object)) {
            throw error(v2, "The request body must be a JSON object");
        }
        return v2 && object.get("d") instanceof JsonObject wrapped ? wrapped : object;
    }

    private static SapApiException error(boolean v2, String message) {
        return v2 ? SapApiException.v2(400, "/IWBEP/CM_MGW_RT/004", message, null)
                : SapApiException.v4(400, "/IWBEP/CM_V4_RUNTIME/004", message, null);
    }
}
