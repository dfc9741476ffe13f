package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** Makes the configured {@link SalesforceSettings} injectable into the Salesforce adapter's beans. */
@ApplicationScoped
public class SalesforceSettingsProducer {

    @Inject
    Config config;

    @Produces
    SalesforceSettings settings() {
        return SalesforceSettings.from(config);
    }
}
