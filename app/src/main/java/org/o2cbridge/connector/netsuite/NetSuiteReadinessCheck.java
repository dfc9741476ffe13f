package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.o2cbridge.connector.ExternalSystemReadiness;

import java.util.List;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/**
 * NetSuite's part of readiness. Not configured while {@code o2c.netsuite.base-url} is unset; with
 * the URL but not every credential, down and naming the missing keys; otherwise judged from the
 * calls the adapter made ({@link ExternalSystemReadiness}), never by a call of its own. The
 * settings are read when the application starts, on its own thread; until then, not ready.
 */
@Readiness
@ApplicationScoped
public class NetSuiteReadinessCheck implements HealthCheck {

    @Inject
    NetSuiteRecords records;

    @Inject
    ExternalSystemReadiness readiness;

    private volatile NetSuiteSettings settings;

    void readSettings(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        var read = records.settings();
        readiness.prepare();
        settings = read;
    }

    @Override
    public HealthCheckResponse call() {
        NetSuiteSettings settings = this.settings;
        if (settings == null) {
            return ExternalSystemReadiness.starting(SYSTEM);
        }
        if (settings.baseUrl() == null) {
            return readiness.notConfigured(SYSTEM, NetSuiteSettings.PREFIX + "base-url is not set");
        }
        List<String> missing = settings.missingKeys();
        return missing.isEmpty() ? readiness.configured(SYSTEM) : readiness.incomplete(SYSTEM, missing);
    }
}
