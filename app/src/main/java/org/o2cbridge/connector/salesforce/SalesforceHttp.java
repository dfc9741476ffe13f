package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.connector.CallOutcome;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RetryableCallException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way the adapter talks HTTP to Salesforce: the JDK client (it sends {@code PATCH} as a
 * plain method and takes its base URL per request, which the session's {@code instance_url}
 * needs), HTTP/1.1, no redirects, the configured connect timeout, and a read timeout on every
 * call that also bounds reading the body. A call that gets no answer — refused, reset, timed
 * out — is a {@link RetryableCallException}; answers of any status are returned as they are.
 * Every call, the token requests included, is reported here to the {@link ExternalCallMonitor}.
 */
@ApplicationScoped
public class SalesforceHttp {

    static final String SYSTEM = "salesforce";

    private final HttpClient client;
    private final Duration readTimeout;
    private final ExternalCallMonitor monitor;

    @Inject
    public SalesforceHttp(SalesforceSettings settings, ExternalCallMonitor monitor) {
        this(settings.connectTimeout(), settings.readTimeout(), monitor);
    }

    /** Outside the container: calls are not counted. */
    public SalesforceHttp(SalesforceSettings settings) {
        this(settings.connectTimeout(), settings.readTimeout(), ExternalCallMonitor.unmetered(Clock.systemUTC()));
    }

    public SalesforceHttp(Duration connectTimeout, Duration readTimeout, ExternalCallMonitor monitor) {
        this.monitor = monitor;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = readTimeout;
    }

    /** For CDI's client proxy only. */
    protected SalesforceHttp() {
        this.client = null;
        this.readTimeout = null;
        this.monitor = null;
    }

    /** Sends the request (its timeout set here) and answers the response with its body as text. */
    public HttpResponse<String> send(HttpRequest.Builder request, String what) {
        Instant started = monitor.start();
        try {
            HttpResponse<String> response = exchange(request, what);
            monitor.record(SYSTEM, started, outcomeOf(response), response.statusCode() / 100 == 2 ? null
                    : "Salesforce " + what + " answered HTTP " + response.statusCode());
            return response;
        } catch (RuntimeException e) {
            monitor.record(SYSTEM, started, CallOutcome.ofFailure(e, false), e.getMessage());
            throw e;
        }
    }

    /**
     * Sends the request and answers the response once its headers are in, the body left to be
     * read as it arrives (the caller closes it): for results too large to hold. The request's
     * timeout bounds the wait for the headers only; the body has no timeout of its own, so a body
     * that stalls midway holds its reader. An answer other than 2xx is read whole and answered as
     * text, for the caller's error handling.
     */
    public Streamed stream(HttpRequest.Builder request, String what) {
        Instant started = monitor.start();
        try {
            HttpResponse<InputStream> response = client.send(request.timeout(readTimeout).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() / 100 == 2) {
                monitor.record(SYSTEM, started, CallOutcome.SUCCESS, null);
                return new Streamed(response, null);
            }
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            monitor.record(SYSTEM, started, CallOutcome.ofAnswer(response.statusCode(), false),
                    "Salesforce " + what + " answered HTTP " + response.statusCode());
            return new Streamed(response, body);
        } catch (HttpConnectTimeoutException e) {
            throw recorded(started, unanswered(what, "no connection within the connect timeout", "CONNECT_TIMEOUT", e));
        } catch (HttpTimeoutException e) {
            throw recorded(started, unanswered(what, "no answer within " + readTimeout.toMillis() + " ms", "TIMEOUT", e));
        } catch (IOException e) {
            throw recorded(started, unanswered(what, describe(e), "CONNECTION_FAILED", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw recorded(started, unanswered(what, "interrupted", "INTERRUPTED", e));
        }
    }

    /** A streamed answer: its headers and body stream when 2xx, else its body read as {@code errorBody}. */
    public record Streamed(HttpResponse<InputStream> response, String errorBody) {
    }

    private RuntimeException recorded(Instant started, RetryableCallException failure) {
        monitor.record(SYSTEM, started, CallOutcome.ofFailure(failure, false), failure.getMessage());
        return failure;
    }

    /** Throttled: 429, or 403 with {@code REQUEST_LIMIT_EXCEEDED} (the org's daily API limit). */
    static CallOutcome outcomeOf(HttpResponse<String> response) {
        int status = response.statusCode();
        boolean limitExceeded = status == 403 && SalesforceErrors.parse(response.body()).stream()
                .anyMatch(e -> SalesforceErrors.REQUEST_LIMIT_EXCEEDED.equals(e.errorCode()));
        return CallOutcome.ofAnswer(status, limitExceeded);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String what) {
        HttpRequest built = request.timeout(readTimeout).build();
        var pending = client.sendAsync(built, HttpResponse.BodyHandlers.ofString());
        try {
            // the request timeout covers the wait for the headers; this also bounds the body
            return pending.get(readTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw unanswered(what, "no answer within " + readTimeout.toMillis() + " ms", "TIMEOUT", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw unanswered(what, "no connection within the connect timeout", "CONNECT_TIMEOUT", cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw unanswered(what, "no answer within " + readTimeout.toMillis() + " ms", "TIMEOUT", cause);
            }
            if (cause instanceof IOException) {
                throw unanswered(what, describe(cause), "CONNECTION_FAILED", cause);
            }
            throw new IllegalStateException("Unexpected failure calling Salesforce: " + what, cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw unanswered(what, "interrupted", "INTERRUPTED", e);
        }
    }

    private static RetryableCallException unanswered(String what, String why, String code, Throwable cause) {
        return new RetryableCallException(SYSTEM, null, code, "Salesforce " + what + ": " + why, null, cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }
}
