package org.o2cbridge.connector.sap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o2cbridge.connector.ExternalCallException;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import javax.net.ssl.SSLSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SapErrorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // v4: message, then details that say more
            "{'error':{'code':'M3/305','message':'The material WID-999 does not exist','details':[{'code':'M3/305','message':'The material WID-999 does not exist'},{'code':'V1/777','message':'Item 20 is incomplete'}]}}"
                    + " | M3/305: The material WID-999 does not exist; V1/777: Item 20 is incomplete",
            // v2: message as {lang, value}, details in innererror.errordetails
            "{'error':{'code':'R11/085','message':{'lang':'en','value':'Enter a name'},'innererror':{'errordetails':[{'code':'R11/086','message':'Name 1 is required','severity':'error'}]}}}"
                    + " | R11/085: Enter a name; R11/086: Name 1 is required",
            // not SAP's JSON (an HTML page from the web dispatcher): only the status
            "<html><body>503 Service Unavailable</body></html> | HTTP 400",
    })
    void sapsOwnMessageIsReadFromV4AndV2Errors(String body, String expected) {
        assertEquals(expected, SapErrors.message(response(400, body.replace('\'', '"'), Map.of())));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({
            "429, true,  5",
            "503, true,  5",
            "500, true,  5",
            "408, true,  5",
            "400, false, -1",
            "403, false, -1",
            "404, false, -1",
    })
    void throttlingAndOutagesAreRetryableWithRetryAfterOtherStatusesRejected(int status, boolean retryable, long waitSeconds) {
        ExternalCallException failure = SapErrors.failure(response(status, "{\"error\":{\"code\":\"X\",\"message\":\"m\"}}",
                Map.of("Retry-After", "5")), "sales order create", CLOCK);

        assertEquals(retryable ? RetryableCallException.class : RejectedCallException.class, failure.getClass());
        assertEquals(status, failure.httpStatus());
        assertEquals("X", failure.code());
        assertEquals("SAP sales order create: m", failure.getMessage(), "SAP's message, its code beside it, not twice");
        if (retryable) {
            assertEquals(Optional.of(Duration.ofSeconds(waitSeconds)), ((RetryableCallException) failure).retryAfter());
        }
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), SapErrors.retryAfter("Fri, 20 Nov 2026 09:00:30 GMT", CLOCK));
    }

    @Test
    void sapMessageHeadersBecomeNotices() {
        List<String> notices = SapErrors.notices(response(201, "{}", Map.of(
                "sap-message", "{\"code\":\"V1/311\",\"message\":\"Standard Order 4000001 has been saved\",\"severity\":\"success\","
                        + "\"details\":[{\"code\":\"V1/555\",\"message\":\"Delivery date moved\",\"severity\":\"warning\"}]}",
                "sap-messages", "[{\"code\":\"V4/1\",\"message\":\"Credit check passed\",\"numericSeverity\":2}]")));

        assertEquals(List.of("success V1/311: Standard Order 4000001 has been saved", "warning V1/555: Delivery date moved",
                "info V4/1: Credit check passed"), notices);
    }

    private static HttpResponse<String> response(int status, String body, Map<String, String> headers) {
        HttpHeaders httpHeaders = HttpHeaders.of(headers.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> List.of(e.getValue()))), (a, b) -> true);
        return new HttpResponse<>() {
            public int statusCode() { return status; }
            public HttpRequest request() { return HttpRequest.newBuilder(URI.create("http://sap")).build(); }
            public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
            public HttpHeaders headers() { return httpHeaders; }
            public String body() { return body; }
            public Optional<SSLSession> sslSession() { return Optional.empty(); }
            public URI uri() { return URI.create("http://sap"); }
            public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
        };
    }
}
