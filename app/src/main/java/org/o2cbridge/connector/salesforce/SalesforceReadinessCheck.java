package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
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
 * already made ({@link ExternalSystemReadiness}), never by a sign-in of its own.
 */
@Readiness
@ApplicationScoped
public class SalesforceReadinessCheck implements HealthCheck {

    @Inject
    SalesforceSettings settings;

    @Inject
    ExternalSystemReadiness readiness;

    @Override
    public HealthCheckResponse call() {
        boolean keyPresent = settings.privateKey().map(Files::isReadable).orElse(false);
        if (!keyPresent) {
            return readiness.notConfigured(SalesforceHttp.SYSTEM,
                    "no readable key file at " + SalesforceSettings.PRIVATE_KEY);
        }
        return readiness.configured(SalesforceHttp.SYSTEM);
    }
}
