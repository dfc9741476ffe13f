package org.o2cbridge.connector.sap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/**
 * Reads SAP's answers in one place. Error bodies come in OData v4 form ({@code error.message} a
 * string, {@code error.details[]}) or v2 form ({@code error.message.value},
 * {@code error.innererror.errordetails[]}); both become SAP's own text: the message, then each
 * detail that says more, as {@code code: message}. 429, 408 and 5xx are retryable, with SAP's
 * {@code Retry-After}; every other status is rejected. Success messages and warnings come in the
 * {@code sap-message} header (one JSON object with {@code details}) or, from v4 services, in
 * {@code sap-messages} (a JSON array); both are read as {@code severity code: message}.
 */
final class SapErrors {

    private SapErrors() {
    }

    /** The port's failure for an answer that is not a success. */
    static ExternalCallException failure(HttpResponse<String> response, String what, Clock clock) {
        int status = response.statusCode();
        Optional<JsonObject> error = object(response.body()).map(b -> b.get("error"))
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject);
        String code = error.map(e -> text(e.get("code"))).orElse(null);
        String text = message(response);
        // the code is reported beside the message (see WorkRunner.describe); not twice
        String message = "SAP " + what + ": " + (code != null && text.startsWith(code + ": ")
                ? text.substring(code.length() + 2) : text);
        if (status == 429 || status == 408 || status >= 500) {
            return new RetryableCallException(SYSTEM, status, code, message,
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock).orElse(null), null);
        }
        return new RejectedCallException(SYSTEM, status, code, message, null);
    }

    /** SAP's text for an answer: its error message and details, else a short form of the body. */
    static String message(HttpResponse<String> response) {
        return message(response.statusCode(), response.body());
    }

    /** SAP's text for an answer of {@code status} with {@code responseBody} (e.g. a part of a batch answer). */
    static String message(int status, String responseBody) {
        Optional<JsonObject> error = object(responseBody).map(b -> b.get("error"))
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject);
        if (error.isEmpty()) {
            String body = responseBody == null ? "" : responseBody.strip();
            boolean html = body.startsWith("<");
            return "HTTP " + status + (body.isEmpty() || html ? "" : " " + cut(body, 300));
        }
        JsonObject e = error.get();
        String main = messageText(e.get("message"));
        Set<String> parts = new LinkedHashSet<>();
        String code = text(e.get("code"));
        parts.add(code == null ? String.valueOf(main) : code + ": " + main);
        JsonValue details = e.get("details");
        if (details == null && e.get("innererror") instanceof JsonObject inner) {
            details = inner.get("errordetails");
        }
        if (details instanceof JsonArray list) {
            for (JsonValue detail : list) {
                if (detail instanceof JsonObject d) {
                    String text = messageText(d.get("message"));
                    if (text != null && !text.equals(main)) {
                        String detailCode = text(d.get("code"));
                        parts.add(detailCode == null || detailCode.isEmpty() ? text : detailCode + ": " + text);
                    }
                }
            }
        }
        return String.join("; ", parts);
    }

    /** The messages SAP sent with a success, each as {@code severity code: message}. */
    static List<String> notices(HttpResponse<String> response) {
        List<String> notices = new ArrayList<>();
        response.headers().firstValue("sap-message").flatMap(SapErrors::value).ifPresent(v -> collect(v, notices));
        response.headers().firstValue("sap-messages").flatMap(SapErrors::value).ifPresent(v -> collect(v, notices));
        return notices;
    }

    private static void collect(JsonValue value, List<String> notices) {
        if (value instanceof JsonArray list) {
            list.forEach(v -> collect(v, notices));
        } else if (value instanceof JsonObject m) {
            String severity = Optional.ofNullable(text(m.get("severity"))).orElseGet(() -> severity(m.get("numericSeverity")));
            String code = text(m.get("code"));
            notices.add((severity == null ? "" : severity + " ") + (code == null ? "" : code + ": ")
                    + messageText(m.get("message")));
            if (m.get("details") instanceof JsonArray details) {
                details.forEach(d -> collect(d, notices));
            }
        }
    }

    private static String severity(JsonValue numeric) {
        String n = text(numeric);
        return n == null ? null : switch (n) {
            case "1" -> "success";
            case "2" -> "info";
            case "3" -> "warning";
            case "4" -> "error";
            default -> n;
        };
    }

    /** {@code Retry-After} as a wait from now: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
    static Optional<Duration> retryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    static Optional<JsonObject> object(String body) {
        return value(body).filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject);
    }

    private static Optional<JsonValue> value(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return Optional.of(reader.readValue());
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** v4 {@code "message":"…"} or v2 {@code "message":{"lang":"en","value":"…"}}. */
    private static String messageText(JsonValue message) {
        if (message instanceof JsonObject localized) {
            return text(localized.get("value"));
        }
        return text(message);
    }

    static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
