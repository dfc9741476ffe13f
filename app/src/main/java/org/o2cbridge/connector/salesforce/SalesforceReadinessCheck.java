package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.o2cbridge.connector.ExternalSystemReadiness;

import java.nio.file.Files;

/**
 * Salesforce's part of readiness. The login URL always has a value, so what says whether the
 * bridge is set up to write back is the connected app's key file: without it Salesforce is
 * reported as not configured. With it, readiness is judged from the write-back and token calls
 * already made ({@link ExternalSystemReadiness}), never by a sign-in of its own. The settings are
 * read when the application starts, on its own thread; until then, not ready.
 */
@Readiness
@ApplicationScoped
public class SalesforceReadinessCheck implements HealthCheck {

    @Inject
    Instance<SalesforceSettings> configured;

    @Inject
    ExternalSystemReadiness readiness;

    private volatile SalesforceSettings settings;

    void readSettings(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        var read = configured.get();
        readiness.prepare();
        settings = read;
    }

    @Override
    public HealthCheckResponse call() {
        SalesforceSettings settings = this.settings;
        if (settings == null) {
            return ExternalSystemReadiness.starting(SalesforceHttp.SYSTEM);
        }
        boolean keyPresent = settings.privateKey().map(Files::isReadable).orElse(false);
        if (!keyPresent) {
            return readiness.notConfigured(SalesforceHttp.SYSTEM,
                    "no readable key file at " + SalesforceSettings.PRIVATE_KEY);
        }
        return readiness.configured(SalesforceHttp.SYSTEM);
    }
}
