package org.o2cbridge.connector.netsuite;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.o2cbridge.connector.ExternalCallException;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/**
 * Turns NetSuite's error answers into the port's failures, in one place. Throttling (429, and the
 * {@code SSS_REQUEST_LIMIT_EXCEEDED} code on whatever status, as RESTlets send it on 400), 408 and
 * 5xx are retryable, with NetSuite's {@code Retry-After} (seconds or an HTTP-date); every other 4xx,
 * 401 included, is rejected. The message is NetSuite's own: each {@code o:errorDetails} entry as
 * {@code <o:errorCode>: <detail>}.
 */
class NetSuiteErrorMapper implements ResponseExceptionMapper<ExternalCallException> {

    static final Set<String> THROTTLING_CODES = Set.of("SSS_REQUEST_LIMIT_EXCEEDED", "CONCURRENCY_LIMIT_EXCEEDED",
            // SuiteTalk SOAP over the account's concurrency limit (token-based and request-level logins)
            "WS_REQUEST_BLOCKED", "WS_CONCUR_SESSION_DISALLWD", "EXCEEDED_MAX_CONCUR_RQST");

    private final Clock clock;

    NetSuiteErrorMapper(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public ExternalCallException toThrowable(Response response) {
        int status = response.getStatus();
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        List<ErrorDetail> details = NetSuiteJson.object(body).map(NetSuiteErrorMapper::details).orElse(List.of());
        String code = details.stream().map(ErrorDetail::code).filter(Objects::nonNull).findFirst().orElse(null);
        String message = details.isEmpty() ? ("NetSuite answered " + status + " " + reason(response)).strip()
                : String.join("; ", details.stream().map(ErrorDetail::toString).toList());
        if (status == 401 && details.isEmpty()) {
            // a login refused while the request body was streamed reaches us without NetSuite's body
            code = "INVALID_LOGIN";
            message = "NetSuite refused the login (HTTP 401): check the account id, consumer key and token of "
                    + "o2c.netsuite.*, and NetSuite's Login Audit Trail";
        }
        if (status == 429 || status == 408 || status >= 500
                || details.stream().anyMatch(d -> THROTTLING_CODES.contains(d.code()))) {
            return new RetryableCallException(SYSTEM, status, code, message,
                    retryAfter(response.getHeaderString("Retry-After")).orElse(null), null);
        }
        return new RejectedCallException(SYSTEM, status, code, message, null);
    }

    /** {@code Retry-After} as a wait from now: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
    Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** One entry of {@code o:errorDetails}. */
    private record ErrorDetail(String code, String detail) {

        @Override
        public String toString() {
            return code == null ? String.valueOf(detail) : detail == null ? code : code + ": " + detail;
        }
    }

    private static List<ErrorDetail> details(JsonObject body) {
        List<ErrorDetail> details = new ArrayList<>();
        JsonValue entries = body.get("o:errorDetails");
        if (entries != null && entries.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue entry : entries.asJsonArray()) {
                if (entry.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject detail = entry.asJsonObject();
                    details.add(new ErrorDetail(NetSuiteJson.text(detail, "o:errorCode"), NetSuiteJson.text(detail, "detail")));
                }
            }
        }
        return details;
    }

    private static String reason(Response response) {
        return Optional.ofNullable(response.getStatusInfo()).map(Response.StatusType::getReasonPhrase).orElse("");
    }
}
