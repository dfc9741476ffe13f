package org.o2cbridge.connector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.util.List;

/**
 * An ERP's part of readiness: not configured while its base URL is unset; with the URL but not
 * every credential, down and naming the missing keys; otherwise judged from the calls the adapter
 * made ({@link ExternalSystemReadiness}), never by a call of its own (a probe every few seconds
 * would take concurrency slots and request budget that orders need). The settings are read when
 * the application starts, on its own thread; until then, not ready. Each adapter's check is a
 * {@code @Readiness} bean extending this one.
 */
public abstract class ErpReadinessCheck implements HealthCheck {

    @Inject
    ExternalSystemReadiness readiness;

    private volatile Configuration configuration;

    /** How far an ERP is configured, read from its settings once at start-up. */
    public record Configuration(String baseUrlKey, boolean hasBaseUrl, List<String> missingKeys) {
    }

    /** The system name, e.g. {@code netsuite}. */
    protected abstract String system();

    /** Reads the adapter's settings. */
    protected abstract Configuration configuration();

    void readSettings(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Configuration read = configuration();
        readiness.prepare();
        configuration = read;
    }

    @Override
    public HealthCheckResponse call() {
        Configuration read = this.configuration;
        if (read == null) {
            return ExternalSystemReadiness.starting(system());
        }
        if (!read.hasBaseUrl()) {
            return readiness.notConfigured(system(), read.baseUrlKey() + " is not set");
        }
        return read.missingKeys().isEmpty() ? readiness.configured(system())
                : readiness.incomplete(system(), read.missingKeys());
    }
}
