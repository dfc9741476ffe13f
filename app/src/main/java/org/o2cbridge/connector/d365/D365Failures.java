package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.o2cbridge.connector.ExternalCallException;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.io.StringReader;
import java.time.Duration;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * What an F&O error answer means for the port. A write F&O refused — 500 with an
 * {@code AxODataWriteException} inner error, whose message carries the Infolog text (unknown
 * item, missing customer, too long a value) — is rejected with that text, so an operator reads it
 * in the order's timeline and the dead-letter queue. 429 (with its {@code Retry-After}), 408 and
 * any other 5xx may pass; any other 4xx is rejected.
 */
final class D365Failures {

    static final String WRITE_EXCEPTION = "AxODataWriteException";

    private D365Failures() {
    }

    static ExternalCallException of(int status, String body, Duration retryAfter, String what) {
        JsonObject error = errorOf(body);
        String message = message(error);
        String inner = innerType(error);
        if (inner != null && inner.endsWith(WRITE_EXCEPTION)) {
            return new RejectedCallException(SYSTEM, status, WRITE_EXCEPTION, message, null);
        }
        String detail = "D365 " + what + " answered HTTP " + status + (message == null ? "" : ": " + message);
        if (status == 429) {
            return new RetryableCallException(SYSTEM, status, "THROTTLED", detail, retryAfter, null);
        }
        if (status == 408 || status >= 500) {
            return new RetryableCallException(SYSTEM, status, null, detail, retryAfter, null);
        }
        return new RejectedCallException(SYSTEM, status, null, detail, null);
    }

    /** The inner error's message if there is one (F&O's Infolog), else the error's message. */
    private static String message(JsonObject error) {
        if (error == null) {
            return null;
        }
        if (error.get("innererror") instanceof JsonObject inner && inner.containsKey("message")) {
            return inner.getString("message", null);
        }
        return error.getString("message", null);
    }

    private static String innerType(JsonObject error) {
        return error != null && error.get("innererror") instanceof JsonObject inner ? inner.getString("type", null) : null;
    }

    private static JsonObject errorOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().get("error") instanceof JsonObject error ? error : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
