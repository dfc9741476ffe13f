package org.o2cbridge.connector.d365;

import org.o2cbridge.connector.CallOutcome;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RetryableCallException;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * Every HTTP call to D365 and its Entra ID token endpoint goes through here: the JDK client
 * (it sends {@code PATCH} as a plain method), HTTP/1.1, no redirects, the configured connect
 * timeout, and a read timeout that also bounds reading the body. A call that gets no answer
 * (refused, reset, timed out) is a {@link RetryableCallException}; answers of any status are
 * returned as they are. Each call is reported to the {@link ExternalCallMonitor} as {@code d365}.
 */
public class D365Transport {

    private final HttpClient client;
    private final Duration readTimeout;
    private final ExternalCallMonitor monitor;

    public D365Transport(D365Settings settings, ExternalCallMonitor monitor) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = settings.readTimeout();
        this.monitor = monitor;
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String what) {
        Instant started = monitor.start();
        try {
            HttpResponse<String> response = exchange(request, what);
            int status = response.statusCode();
            monitor.record(SYSTEM, started, CallOutcome.ofAnswer(status, false),
                    status / 100 == 2 ? null : "D365 " + what + " answered HTTP " + status + ": " + response.body());
            return response;
        } catch (RuntimeException e) {
            monitor.record(SYSTEM, started, CallOutcome.ofFailure(e, false), e.getMessage());
            throw e;
        }
    }

    /** {@code Retry-After} in seconds, as F&O sends it. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(D365Transport::seconds);
    }

    static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String what) {
        var pending = client.sendAsync(request.timeout(readTimeout).build(), HttpResponse.BodyHandlers.ofString());
        try {
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
                throw unanswered(what, cause.getClass().getSimpleName() + " " + cause.getMessage(), "CONNECTION_FAILED",
                        cause);
            }
            throw new IllegalStateException("Unexpected failure calling D365: " + what, cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw unanswered(what, "interrupted", "INTERRUPTED", e);
        }
    }

    private static RetryableCallException unanswered(String what, String why, String code, Throwable cause) {
        return new RetryableCallException(SYSTEM, null, code, "D365 " + what + ": " + why, null, cause);
    }
}
