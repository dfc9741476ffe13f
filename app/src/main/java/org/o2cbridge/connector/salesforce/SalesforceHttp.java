package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.connector.RetryableCallException;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way the adapter talks HTTP to Salesforce: the JDK client (it sends {@code PATCH} as a
 * plain method and takes its base URL per request, which the session's {@code instance_url}
 * needs), HTTP/1.1, no redirects, the configured connect timeout, and a read timeout on every
 * call that also bounds reading the body. A call that gets no answer — refused, reset, timed
 * out — is a {@link RetryableCallException}; answers of any status are returned as they are.
 */
@ApplicationScoped
public class SalesforceHttp {

    static final String SYSTEM = "salesforce";

    private final HttpClient client;
    private final Duration readTimeout;

    @Inject
    public SalesforceHttp(SalesforceSettings settings) {
        this(settings.connectTimeout(), settings.readTimeout());
    }

    public SalesforceHttp(Duration connectTimeout, Duration readTimeout) {
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
    }

    /** Sends the request (its timeout set here) and answers the response with its body as text. */
    public HttpResponse<String> send(HttpRequest.Builder request, String what) {
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
