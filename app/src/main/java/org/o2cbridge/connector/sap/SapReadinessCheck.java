package org.o2cbridge.connector.sap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import org.o2cbridge.connector.ErpReadinessCheck;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/** SAP's part of readiness ({@link ErpReadinessCheck}): its base URL is {@code o2c.sap.base-url}. */
@Readiness
@ApplicationScoped
public class SapReadinessCheck extends ErpReadinessCheck {

    @Inject
    SapGateway gateway;

    @Override
    protected String system() {
        return SYSTEM;
    }

    @Override
    protected Configuration configuration() {
        SapSettings settings = gateway.settings();
        return new Configuration(SapSettings.PREFIX + "base-url", settings.baseUrl() != null, settings.missingKeys());
    }
}
