package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.connector.RetryableCallException;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The bridge's adapter for Salesforce: writes ERP order numbers, statuses and sync outcomes back
 * to Salesforce orders through sObject Collections ({@code PATCH /composite/sobjects}), up to 200
 * records a call, on the API version pinned in {@code o2c.salesforce.api-version}.
 *
 * <p>The dispatcher hands over at most {@link #MAX_RECORDS_PER_CALL} write-backs at a time, so a
 * batch is one call; a larger list is sent as consecutive calls of 200. Each order stands alone:
 * one that Salesforce refuses comes back as a failed {@link WriteBackResult} with Salesforce's
 * {@code statusCode} and message, the others are saved. A call that fails as a whole throws — a
 * 401 first renews the session once and repeats the call once; throttling, 5xx and unanswered
 * calls are {@link RetryableCallException}s; other 4xx are rejected with Salesforce's messages.
 * Repeating a write-back is harmless: it sets the same fields to the same values.
 */
@ApplicationScoped
public class SalesforceGateway {

    /** sObject Collections' limit of records per call. */
    public static final int MAX_RECORDS_PER_CALL = 200;

    private final SalesforceSettings settings;
    private final SalesforceTokenService tokens;
    private final SalesforceHttp http;
    private final Clock clock;

    @Inject
    public SalesforceGateway(SalesforceSettings settings, SalesforceTokenService tokens, SalesforceHttp http,
                             Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected SalesforceGateway() {
        this(null, null, null, null);
    }

    /** Writes the batch back; answers one result per write-back, in the batch's order. */
    public List<WriteBackResult> writeBack(List<OrderWriteBack> batch) {
        List<WriteBackResult> results = new ArrayList<>(batch.size());
        for (int from = 0; from < batch.size(); from += MAX_RECORDS_PER_CALL) {
            List<OrderWriteBack> chunk = batch.subList(from, Math.min(batch.size(), from + MAX_RECORDS_PER_CALL));
            results.addAll(updateOrders(chunk));
        }
        return results;
    }

    private List<WriteBackResult> updateOrders(List<OrderWriteBack> chunk) {
        String body = OrderCollectionsJson.request(chunk);
        SalesforceSession session = tokens.session();
        HttpResponse<String> response = patchCollections(session, body);
        if (response.statusCode() == 401) {
            response = patchCollections(tokens.renew(session), body);
        }
        if (response.statusCode() == 401) {
            throw new RetryableCallException(SalesforceHttp.SYSTEM, 401, "INVALID_SESSION_ID",
                    "Salesforce refused a session it had just issued for the order write-back", null, null);
        }
        if (response.statusCode() / 100 != 2) {
            throw SalesforceErrors.failure(response, "order write-back", clock);
        }
        return OrderCollectionsJson.results(chunk, response.body());
    }

    private HttpResponse<String> patchCollections(SalesforceSession session, String body) {
        URI url = URI.create(session.restBase(settings.apiVersion()) + "/composite/sobjects");
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .header("Authorization", "Bearer " + session.accessToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        return http.send(request, "order write-back to " + url);
    }
}
