package org.o2cbridge.connector.salesforce;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.o2cbridge.connector.ExternalCallException;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a failed Salesforce REST answer into the bridge's failure types. Salesforce answers errors
 * as a JSON array {@code [{"message":…,"errorCode":…}]}: the codes and messages are kept as they
 * are. Throttling ({@code 403 REQUEST_LIMIT_EXCEEDED}, 429) and server errors may pass and are
 * retryable, honouring {@code Retry-After} in seconds or as an HTTP date; any other 4xx is rejected.
 */
final class SalesforceErrors {

    static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";
    private static final int MAX_TEXT = 1000;

    private SalesforceErrors() {
    }

    /** One entry of Salesforce's error array. */
    record ApiError(String errorCode, String message) {
    }

    /** The failure for a non-2xx REST answer of {@code what} (e.g. "order write-back"). */
    static ExternalCallException failure(HttpResponse<String> response, String what, Clock clock) {
        return failure(response, response.body(), what, clock);
    }

    /** The same, for an answer whose body was read apart from the response (a streamed one). */
    static ExternalCallException failure(HttpResponse<?> response, String body, String what, Clock clock) {
        int status = response.statusCode();
        List<ApiError> errors = parse(body);
        String code = errors.isEmpty() ? null : errors.get(0).errorCode();
        String detail = "Salesforce " + what + " answered HTTP " + status + ": " + describe(errors, body);
        boolean throttled = status == 429 || (status == 403 && errors.stream()
                .anyMatch(e -> REQUEST_LIMIT_EXCEEDED.equals(e.errorCode())));
        if (throttled || status >= 500) {
            return new RetryableCallException(SalesforceHttp.SYSTEM, status, code, detail,
                    retryAfter(response, clock).orElse(null), null);
        }
        return new RejectedCallException(SalesforceHttp.SYSTEM, status, code, detail, null);
    }

    /** The entries of an error array; empty when the body is not one. */
    static List<ApiError> parse(String body) {
        List<ApiError> errors = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return errors;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue entry : value.asJsonArray()) {
                    if (entry.getValueType() == JsonValue.ValueType.OBJECT) {
                        JsonObject error = entry.asJsonObject();
                        errors.add(new ApiError(error.getString("errorCode", null), error.getString("message", null)));
                    }
                }
            }
        } catch (JsonException | ClassCastException e) {
            errors.clear();
        }
        return errors;
    }

    /** The server's wait before a retry, if it named one. */
    static Optional<Duration> retryAfter(HttpResponse<?> response, Clock clock) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration wait = Duration.between(clock.instant(), at.toInstant());
                    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }

    private static String describe(List<ApiError> errors, String body) {
        if (errors.isEmpty()) {
            return body == null || body.isBlank() ? "(no body)" : cut(body.strip());
        }
        List<String> parts = new ArrayList<>();
        for (ApiError error : errors) {
            parts.add(error.errorCode() == null ? error.message() : error.errorCode() + ": " + error.message());
        }
        return cut(String.join("; ", parts));
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
