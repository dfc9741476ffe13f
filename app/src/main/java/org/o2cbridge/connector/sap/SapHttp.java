package org.o2cbridge.connector.sap;

import org.o2cbridge.connector.CallOutcome;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.governance.CallPermits;
import org.o2cbridge.governance.PermitUnavailableException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/**
 * The one way the adapter talks HTTP to SAP, token requests included: the JDK client (which
 * resends only idempotent requests on its own, never a {@code POST} whose answer was lost),
 * HTTP/1.1, no redirects, the configured connect timeout, and a read timeout on every call that
 * also bounds reading the body. Answers of any status are returned as they are; a call that got
 * none is a {@link RetryableCallException} whose code says whether the request may have reached SAP
 * ({@link #IN_DOUBT}: timed out or lost after sending) or certainly did not ({@code CONNECT_FAILED}).
 * Every call is reported here to the {@link ExternalCallMonitor}.
 */
class SapHttp {

    static final String IN_DOUBT = "NO_ANSWER";

    private final HttpClient client;
    private final Duration readTimeout;
    private final ExternalCallMonitor monitor;
    private final CallPermits permits;

    SapHttp(SapSettings settings, ExternalCallMonitor monitor) {
        this(settings, monitor, CallPermits.unlimited());
    }

    /** Every call holds one of SAP's concurrency permits while it is in flight. */
    SapHttp(SapSettings settings, ExternalCallMonitor monitor, CallPermits permits) {
        this.permits = permits;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = settings.readTimeout();
        this.monitor = monitor;
    }

    /**
     * Makes one exchange under a permit, timed from the moment it holds its slot (the wait for a
     * slot is not the call's time); a call held back for want of a slot was not made and is not counted.
     */
    HttpResponse<String> send(HttpRequest.Builder request, String what) {
        AtomicReference<Instant> started = new AtomicReference<>();
        try {
            HttpResponse<String> response;
            try {
                response = permits.call(SYSTEM, () -> {
                    started.set(monitor.start());
                    return exchange(request, what);
                });
            } catch (PermitUnavailableException e) {
                throw RetryableCallException.heldBack(SYSTEM, "NO_PERMIT", e.getMessage(), null, e);
            }
            int status = response.statusCode();
            monitor.record(SYSTEM, started.get(), CallOutcome.ofAnswer(status, false),
                    status < 300 ? null : "SAP " + what + " answered HTTP " + status + ": " + SapErrors.message(response));
            return response;
        } catch (RuntimeException e) {
            if (started.get() != null) {
                monitor.record(SYSTEM, started.get(), CallOutcome.ofFailure(e, false), e.getMessage());
            }
            throw e;
        }
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String what) {
        var pending = client.sendAsync(request.timeout(readTimeout).build(), HttpResponse.BodyHandlers.ofString());
        try {
            return pending.get(readTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw unanswered(what, "no answer within " + readTimeout.toMillis() + " ms", IN_DOUBT, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                throw unanswered(what, "not reachable: " + describe(cause), "CONNECT_FAILED", cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw unanswered(what, "no answer within " + readTimeout.toMillis() + " ms", IN_DOUBT, cause);
            }
            if (cause instanceof IOException) {
                throw unanswered(what, "connection lost without an answer: " + describe(cause), IN_DOUBT, cause);
            }
            throw new IllegalStateException("Unexpected failure calling SAP: " + what, cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw unanswered(what, "interrupted", IN_DOUBT, e);
        }
    }

    private static RetryableCallException unanswered(String what, String why, String code, Throwable cause) {
        return new RetryableCallException(SYSTEM, null, code, "SAP " + what + ": " + why, null, cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }
}
