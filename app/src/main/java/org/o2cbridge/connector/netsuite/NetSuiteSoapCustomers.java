package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.o2cbridge.connector.CallOutcome;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.connector.netsuite.soap.CustomerUpsertOutcome;
import org.o2cbridge.connector.netsuite.soap.NetSuiteSoapCustomerGateway;
import org.o2cbridge.governance.CallPermits;
import org.o2cbridge.governance.PermitUnavailableException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/**
 * The SuiteTalk SOAP customer client as the container's bean: built from {@code o2c.netsuite.*}
 * the first time it is needed (the account's SOAP endpoint is {@value #SOAP_PATH} under the same
 * base URL as its REST services), so the bridge deploys without NetSuite and a call then fails,
 * rejected, naming the missing keys. Each {@code upsertList} holds one of the account's
 * concurrency permits ({@link CallPermits}) while it is in flight, shared with the REST calls, and
 * is reported to the {@link ExternalCallMonitor}; no permit in time is a retryable failure and no
 * call is made.
 */
@ApplicationScoped
public class NetSuiteSoapCustomers {

    static final String SOAP_PATH = "/services/NetSuitePort_2023_2";

    private NetSuiteSettings settings;
    private Clock clock;
    private ExternalCallMonitor monitor;
    private CallPermits permits;
    private volatile NetSuiteSoapCustomerGateway gateway;

    protected NetSuiteSoapCustomers() {
    }

    @Inject
    public NetSuiteSoapCustomers(Config config, Clock clock, ExternalCallMonitor monitor, CallPermits permits) {
        this(NetSuiteSettings.from(config), clock, monitor, permits);
    }

    NetSuiteSoapCustomers(NetSuiteSettings settings, Clock clock, ExternalCallMonitor monitor, CallPermits permits) {
        this.settings = settings;
        this.clock = clock;
        this.monitor = monitor;
        this.permits = permits;
    }

    /** Upserts up to {@link NetSuiteSoapCustomerGateway#MAX_RECORDS} customers in one call, under one permit. */
    public List<CustomerUpsertOutcome> upsert(List<ErpCustomer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        NetSuiteSoapCustomerGateway client = gateway();
        Finished finished;
        try {
            finished = permits.call(SYSTEM, () -> {
                Instant started = monitor.start();
                try {
                    return new Finished(started, monitor.now(), client.upsert(customers), null);
                } catch (RuntimeException e) {
                    return new Finished(started, monitor.now(), null, NetSuiteFailures.of(e));
                }
            });
        } catch (PermitUnavailableException e) {
            throw RetryableCallException.heldBack(SYSTEM, "NO_PERMIT", e.getMessage(), null, e);
        }
        if (finished.failure() == null) {
            monitor.record(SYSTEM, finished.started(), finished.ended(), CallOutcome.SUCCESS, null);
            return finished.outcomes();
        }
        monitor.record(SYSTEM, finished.started(), finished.ended(), NetSuiteFailures.outcomeOf(finished.failure()),
                finished.failure().getMessage());
        throw finished.failure();
    }

    private record Finished(Instant started, Instant ended, List<CustomerUpsertOutcome> outcomes, RuntimeException failure) {
    }

    private NetSuiteSoapCustomerGateway gateway() {
        NetSuiteSoapCustomerGateway built = gateway;
        if (built == null) {
            synchronized (this) {
                if (gateway == null) {
                    List<String> missing = settings.missingKeys();
                    if (!missing.isEmpty()) {
                        throw new RejectedCallException(SYSTEM, null, NetSuiteClientFactory.NOT_CONFIGURED,
                                "NetSuite is not configured: set " + String.join(", ", missing), null);
                    }
                    gateway = new NetSuiteSoapCustomerGateway(endpoint(settings.baseUrl()), settings.credentials(),
                            settings.connectTimeout(), settings.readTimeout(), clock, settings.subsidiary(),
                            settings.nameMaxLength());
                }
                built = gateway;
            }
        }
        return built;
    }

    static URI endpoint(String baseUrl) {
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + SOAP_PATH);
    }
}
