package org.o2cbridge.connector.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.o2cbridge.connector.ExternalSystemReadiness;

import java.util.List;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * Dynamics 365's part of readiness, like NetSuite's: not configured while
 * {@code o2c.d365.base-url} is unset; with the URL but not the token endpoint or the app
 * registration, down and naming the missing keys; otherwise judged from the calls the adapter
 * made, never by a call of its own (a probe would spend the request budget orders need).
 */
@Readiness
@ApplicationScoped
public class D365ReadinessCheck implements HealthCheck {

    @Inject
    D365Gateway gateway;

    @Inject
    ExternalSystemReadiness readiness;

    private volatile D365Settings settings;

    void readSettings(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        var read = gateway.settings();
        readiness.prepare();
        settings = read;
    }

    @Override
    public HealthCheckResponse call() {
        D365Settings settings = this.settings;
        if (settings == null) {
            return ExternalSystemReadiness.starting(SYSTEM);
        }
        if (settings.baseUrl() == null) {
            return readiness.notConfigured(SYSTEM, D365Settings.PREFIX + "base-url is not set");
        }
        List<String> missing = settings.missingKeys();
        return missing.isEmpty() ? readiness.configured(SYSTEM) : readiness.incomplete(SYSTEM, missing);
    }
}
