package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
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
 * calls the adapter made ({@link ExternalSystemReadiness}), never by a call of its own.
 */
@Readiness
@ApplicationScoped
public class NetSuiteReadinessCheck implements HealthCheck {

    @Inject
    NetSuiteRecords records;

    @Inject
    ExternalSystemReadiness readiness;

    @Override
    public HealthCheckResponse call() {
        NetSuiteSettings settings = records.settings();
        if (settings.baseUrl() == null) {
            return readiness.notConfigured(SYSTEM, NetSuiteSettings.PREFIX + "base-url is not set");
        }
        List<String> missing = settings.missingKeys();
        return missing.isEmpty() ? readiness.configured(SYSTEM) : readiness.incomplete(SYSTEM, missing);
    }
}
