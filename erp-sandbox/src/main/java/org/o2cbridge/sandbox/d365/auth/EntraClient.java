package org.o2cbridge.sandbox.d365.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The app registration the bridge signs in as: tenant, client id and client secret. The defaults
 * are published demo values, fit only for this sandbox.
 */
@ApplicationScoped
public class EntraClient {

    @Inject
    @ConfigProperty(name = "o2c.sandbox.d365.tenant-id", defaultValue = "o2c-demo-tenant")
    String tenantId;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.d365.client-id", defaultValue = "o2c-demo-client")
    String clientId;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.d365.client-secret", defaultValue = "o2c-demo-client-secret")
    String clientSecret;

    public boolean isTenant(String tenant) {
        return tenantId.equals(tenant);
    }

    public boolean matches(String id, String secret) {
        return clientId.equals(id) && clientSecret.equals(secret);
    }
}
