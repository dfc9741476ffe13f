package org.o2cbridge.connector.netsuite;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.CallOutcome;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/**
 * NetSuite's record service as the adapter uses it: keyed upserts and reads by external id, with
 * the port's failures (see {@link NetSuiteFailures}). The Rest Client is built once from {@code
 * o2c.netsuite.*} — base URL, connect and read timeouts, the signing filter, the error mapper — the
 * first time it is needed, so the bridge deploys without NetSuite and a call then fails, rejected,
 * naming the missing keys. Fault Tolerance only retries a lost connection, once, after ~200 ms:
 * the calls are reads and keyed upserts, so repeating one cannot make a second record (the JDK's
 * HTTP client itself resends a GET once on a connection closed without an answer, so a read may
 * reach NetSuite four times). Throttling, 5xx and timeouts go back to the outbox, whose schedule
 * waits minutes and honours Retry-After. Every HTTP call passes through {@link #call}, which
 * reports it to the {@link ExternalCallMonitor}: answered or not, timed, with its outcome.
 */
@ApplicationScoped
public class NetSuiteRecords {

    private static final System.Logger LOG = System.getLogger(NetSuiteRecords.class.getName());
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private NetSuiteSettings settings;
    private Clock clock;
    private ExternalCallMonitor monitor;
    private volatile NetSuiteRecordClient client;

    protected NetSuiteRecords() {
    }

    @Inject
    public NetSuiteRecords(Config config, Clock clock, ExternalCallMonitor monitor) {
        this(NetSuiteSettings.from(config), clock, monitor);
    }

    NetSuiteRecords(NetSuiteSettings settings, Clock clock) {
        this(settings, clock, ExternalCallMonitor.unmetered(clock));
    }

    NetSuiteRecords(NetSuiteSettings settings, Clock clock, ExternalCallMonitor monitor) {
        this.settings = settings;
        this.clock = clock;
        this.monitor = monitor;
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

    /** Upserts the sales order, replacing its item lines with the ones sent. */
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = ConnectionLostException.class)
    public void putSalesOrder(String sfOrderId, NetSuiteBodies.SalesOrder body) {
        String key = externalId(sfOrderId);
        call(c -> internalIdFrom(c.upsertSalesOrder(key, "item", body)));
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
        NetSuiteRecordClient recordClient = client();
        Instant started = monitor.start();
        try {
            T answer = request.apply(recordClient);
            monitor.record(SYSTEM, started, CallOutcome.SUCCESS, null);
            return answer;
        } catch (RuntimeException e) {
            RuntimeException failure = NetSuiteFailures.of(e);
            monitor.record(SYSTEM, started, NetSuiteFailures.outcomeOf(failure), failure.getMessage());
            throw failure;
        }
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
                    client = NetSuiteClientFactory.build(settings, clock);
                }
                built = client;
            }
        }
        return built;
    }

    @PreDestroy
    void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Could not close the NetSuite client", e);
            }
        }
    }
}
