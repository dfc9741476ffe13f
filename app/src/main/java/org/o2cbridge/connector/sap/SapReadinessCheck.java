package org.o2cbridge.connector.sap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.o2cbridge.connector.ExternalSystemReadiness;

import java.util.List;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/**
 * SAP's part of readiness, like NetSuite's: not configured while {@code o2c.sap.base-url} is
 * unset; with the URL but not every credential, down and naming the missing keys; otherwise judged
 * from the calls the adapter made ({@link ExternalSystemReadiness}), never by a call of its own.
 */
@Readiness
@ApplicationScoped
public class SapReadinessCheck implements HealthCheck {

    @Inject
    SapGateway gateway;

    @Inject
    ExternalSystemReadiness readiness;

    private volatile SapSettings settings;

    void readSettings(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        var read = gateway.settings();
        readiness.prepare();
        settings = read;
    }

    @Override
    public HealthCheckResponse call() {
        SapSettings settings = this.settings;
        if (settings == null) {
            return ExternalSystemReadiness.starting(SYSTEM);
        }
        if (settings.baseUrl() == null) {
            return readiness.notConfigured(SYSTEM, SapSettings.PREFIX + "base-url is not set");
        }
        List<String> missing = settings.missingKeys();
        return missing.isEmpty() ? readiness.configured(SYSTEM) : readiness.incomplete(SYSTEM, missing);
    }
}
