package org.o2cbridge.connector.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import org.o2cbridge.connector.ErpReadinessCheck;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/** Dynamics 365's part of readiness ({@link ErpReadinessCheck}): its base URL is {@code o2c.d365.base-url}. */
@Readiness
@ApplicationScoped
public class D365ReadinessCheck extends ErpReadinessCheck {

    @Inject
    D365Gateway gateway;

    @Override
    protected String system() {
        return SYSTEM;
    }

    @Override
    protected Configuration configuration() {
        D365Settings settings = gateway.settings();
        return new Configuration(D365Settings.PREFIX + "base-url", settings.baseUrl() != null, settings.missingKeys());
    }
}
