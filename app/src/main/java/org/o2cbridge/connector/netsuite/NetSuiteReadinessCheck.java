package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import org.o2cbridge.connector.ErpReadinessCheck;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/** NetSuite's part of readiness ({@link ErpReadinessCheck}): its base URL is {@code o2c.netsuite.base-url}. */
@Readiness
@ApplicationScoped
public class NetSuiteReadinessCheck extends ErpReadinessCheck {

    @Inject
    NetSuiteRecords records;

    @Override
    protected String system() {
        return SYSTEM;
    }

    @Override
    protected Configuration configuration() {
        NetSuiteSettings settings = records.settings();
        return new Configuration(NetSuiteSettings.PREFIX + "base-url", settings.baseUrl() != null, settings.missingKeys());
    }
}
