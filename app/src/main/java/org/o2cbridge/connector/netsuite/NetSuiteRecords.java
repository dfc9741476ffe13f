package org.o2cbridge.connector.netsuite;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.CallOutcome;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.governance.CallPermits;
import org.o2cbridge.governance.PermitUnavailableException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/**
 * NetSuite's record and query services as the adapter uses them: keyed upserts and reads by
 * external id, and SuiteQL queries, with the port's failures (see {@link NetSuiteFailures}). The
 * Rest Clients are built once from {@code o2c.netsuite.*} — base URL, connect and read timeouts,
 * the signing filter, the error mapper — the first time each is needed, so the bridge deploys
 * without NetSuite and a call then fails, rejected, naming the missing keys. Fault Tolerance only retries a lost connection, once, after ~200 ms:
 * the calls are reads and keyed upserts, so repeating one cannot make a second record (the JDK's
 * HTTP client itself resends a GET once on a connection closed without an answer, so a read may
 * reach NetSuite four times). Throttling, 5xx and timeouts go back to the outbox, whose schedule
 * waits minutes and honours Retry-After. Every HTTP call passes through {@link #call}, which
 * holds one of the account's concurrency permits ({@link CallPermits}) only while the request is
 * in flight, and reports it to the {@link ExternalCallMonitor}: answered or not, timed, with its
 * outcome. No permit in time is a retryable failure, and no call is made or counted.
 */
@ApplicationScoped
public class NetSuiteRecords {

    private static final System.Logger LOG = System.getLogger(NetSuiteRecords.class.getName());
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9_-]+");
    /** SuiteQL's largest page. */
    static final int QUERY_PAGE = 1000;

    private NetSuiteSettings settings;
    private Clock clock;
    private ExternalCallMonitor monitor;
    private CallPermits permits;
    /** When the request of the call in progress on a thread went out, its slot held: calls are timed from there. */
    private final ThreadLocal<Instant> sentAt = new ThreadLocal<>();
    private volatile NetSuiteRecordClient client;
    private volatile NetSuiteQueryClient queryClient;

    protected NetSuiteRecords() {
    }

    @Inject
    public NetSuiteRecords(Config config, Clock clock, ExternalCallMonitor monitor, CallPermits permits) {
        this(NetSuiteSettings.from(config), clock, monitor, permits);
    }

    NetSuiteRecords(NetSuiteSettings settings, Clock clock) {
        this(settings, clock, ExternalCallMonitor.unmetered(clock), CallPermits.unlimited());
    }

    NetSuiteRecords(NetSuiteSettings settings, Clock clock, ExternalCallMonitor monitor, CallPermits permits) {
        this.settings = settings;
        this.clock = clock;
        this.monitor = monitor;
        this.permits = permits;
    }

    public NetSuiteSettings settings() {
        return settings;
    }

    /** Upserts the customer; answers its internal id when NetSuite's {@code Location} names it. */
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = ConnectionLostException.class)
    public Optional<String> putCustomer(String sfAccountId, NetSuiteBodies.Customer body) {
        String key = externalId(sfAccountId);
        return call(c -> internalIdFrom(c.upsertCustomer(key, "addressBook", body)));
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = ConnectionLostException.class)
    public Optional<JsonObject> getCustomer(String sfAccountId) {
        String key = externalId(sfAccountId);
        return read(c -> c.readCustomer(key));
    }

    /**
     * Upserts the sales order, replacing its item lines with the ones sent; answers its internal id
     * when NetSuite's {@code Location} names it.
     */
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = ConnectionLostException.class)
    public Optional<String> putSalesOrder(String sfOrderId, NetSuiteBodies.SalesOrder body) {
        String key = externalId(sfOrderId);
        return call(c -> internalIdFrom(c.upsertSalesOrder(key, "item", body)));
    }

    /**
     * Every row of a SuiteQL query, with lowercase column names, read in pages of
     * {@value #QUERY_PAGE} rows: one call per page, each under its own permit.
     */
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = ConnectionLostException.class)
    public List<JsonObject> suiteQl(String query) {
        List<JsonObject> rows = new ArrayList<>();
        int offset = 0;
        while (true) {
            JsonObject page = queryPage(query, QUERY_PAGE, offset);
            JsonArray items = page.containsKey("items") ? page.getJsonArray("items") : JsonValue.EMPTY_JSON_ARRAY;
            items.forEach(item -> rows.add(item.asJsonObject()));
            if (!page.getBoolean("hasMore", false) || items.isEmpty()) {
                return rows;
            }
            offset += QUERY_PAGE;
        }
    }

    /**
     * One page of a SuiteQL query as NetSuite answers it ({@code items}, {@code hasMore}, …):
     * {@code limit} 1 to 1000, {@code offset} a multiple of it. One call under one permit.
     */
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = ConnectionLostException.class)
    public JsonObject suiteQlPage(String query, int limit, int offset) {
        return queryPage(query, limit, offset);
    }

    private JsonObject queryPage(String query, int limit, int offset) {
        NetSuiteQueryClient.SuiteQlRequest body = new NetSuiteQueryClient.SuiteQlRequest(query);
        return call(queryClient(), c -> {
            try (Response response = c.suiteQl(NetSuiteQueryClient.TRANSIENT, limit, offset, body)) {
                return NetSuiteJson.object(response.readEntity(String.class)).orElseThrow(() ->
                        new RetryableCallException(SYSTEM, response.getStatus(), null,
                                "NetSuite answered a SuiteQL query with a body that is not JSON", null, null));
            }
        });
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = ConnectionLostException.class)
    public Optional<JsonObject> getSalesOrder(String sfOrderId) {
        String key = externalId(sfOrderId);
        return read(c -> c.readSalesOrder(key));
    }

    private Optional<JsonObject> read(Function<NetSuiteRecordClient, Response> request) {
        try {
            return call(c -> {
                try (Response response = request.apply(c)) {
                    return NetSuiteJson.object(response.readEntity(String.class));
                }
            });
        } catch (RejectedCallException e) {
            if (Integer.valueOf(404).equals(e.httpStatus())) {
                return Optional.empty();
            }
            if (Integer.valueOf(401).equals(e.httpStatus())) {
                throw new RetryableCallException(e.system(), e.httpStatus(), e.code(), e.getMessage()
                        + " (a read refused at login is tried again later: when a connection drops mid-read the HTTP "
                        + "stack resends the request as it was, and NetSuite refuses its used nonce)", null, e);
            }
            throw e;
        }
    }

    private <T> T call(Function<NetSuiteRecordClient, T> request) {
        return call(client(), request);
    }

    /**
     * Makes one call under a permit and reports it once the permit is back: the slot is taken as
     * the request goes out ({@link NetSuiteSlotFilter}) and held until its answer is read, not for
     * the building of the request nor for the bookkeeping around it.
     */
    private <C, T> T call(C service, Function<C, T> request) {
        Finished<T> finished;
        try {
            finished = permits.callOnSend(SYSTEM, () -> {
                Instant called = monitor.start();
                try {
                    T answer = request.apply(service);
                    return new Finished<>(sentOr(called), monitor.now(), answer, null);
                } catch (RuntimeException e) {
                    PermitUnavailableException noSlot = noSlot(e);
                    if (noSlot != null) {
                        throw noSlot;
                    }
                    return new Finished<T>(sentOr(called), monitor.now(), null, NetSuiteFailures.of(e));
                } finally {
                    sentAt.remove();
                }
            });
        } catch (PermitUnavailableException e) {
            throw RetryableCallException.heldBack(SYSTEM, "NO_PERMIT", e.getMessage(), null, e);
        }
        if (finished.failure() == null) {
            monitor.record(SYSTEM, finished.started(), finished.ended(), CallOutcome.SUCCESS, null);
            return finished.answer();
        }
        RuntimeException failure = finished.failure();
        monitor.record(SYSTEM, finished.started(), finished.ended(), NetSuiteFailures.outcomeOf(failure),
                failure.getMessage());
        throw failure;
    }

    /** Notes, on the calling thread, that its request goes out now with its slot held. */
    private void sent() {
        sentAt.set(monitor.now());
    }

    /** When the call's request went out; {@code called} when it never did (it failed before). */
    private Instant sentOr(Instant called) {
        Instant sent = sentAt.get();
        return sent == null ? called : sent;
    }

    /** The refusal of a slot behind a failed call (the client wraps what its filter threw), if that is why it failed. */
    private static PermitUnavailableException noSlot(RuntimeException failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof PermitUnavailableException noSlot) {
                return noSlot;
            }
        }
        return null;
    }

    /** How one call ended: its answer, or the failure in the port's terms. */
    private record Finished<T>(Instant started, Instant ended, T answer, RuntimeException failure) {
    }

    /** The last path segment of {@code Location} when it is an internal id (digits), not an {@code eid:}. */
    private static Optional<String> internalIdFrom(Response response) {
        try (response) {
            URI location = response.getLocation();
            if (location == null || location.getPath() == null) {
                return Optional.empty();
            }
            String path = location.getPath();
            String last = path.substring(path.lastIndexOf('/') + 1);
            return last.matches("\\d+") ? Optional.of(last) : Optional.empty();
        }
    }

    private static String externalId(String value) {
        if (value == null || !EXTERNAL_ID.matcher(value).matches()) {
            throw new RejectedCallException(SYSTEM, null, "INVALID_EXTERNAL_ID",
                    "Not usable as a NetSuite external id (letters, digits, _ and - only): " + value, null);
        }
        return value;
    }

    private NetSuiteRecordClient client() {
        NetSuiteRecordClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = NetSuiteClientFactory.build(settings, clock, permits, this::sent, NetSuiteRecordClient.class);
                }
                built = client;
            }
        }
        return built;
    }

    private NetSuiteQueryClient queryClient() {
        NetSuiteQueryClient built = queryClient;
        if (built == null) {
            synchronized (this) {
                if (queryClient == null) {
                    queryClient = NetSuiteClientFactory.build(settings, clock, permits, this::sent, NetSuiteQueryClient.class);
                }
                built = queryClient;
            }
        }
        return built;
    }

    @PreDestroy
    void close() {
        for (Object built : new Object[] {client, queryClient}) {
            if (built instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not close a NetSuite client", e);
                }
            }
        }
    }
}
