package org.o2cbridge.sandbox.d365.odata;

import jakarta.json.JsonObject;

/** The answer to one OData operation: status, {@code Location} of a created entity, and body. */
public record ODataAnswer(int status, String location, JsonObject body) {

    public static ODataAnswer of(int status, JsonObject body) {
        return new ODataAnswer(status, null, body);
    }

    public static ODataAnswer error(ODataException e) {
        return new ODataAnswer(e.status(), null, e.body());
    }

    public String reason() {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
