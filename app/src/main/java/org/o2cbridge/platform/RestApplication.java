package org.o2cbridge.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The bridge's JAX-RS application under {@code /api}. The order API's callers authenticate with an
 * RS256 bearer token verified against the configured key, issuer and audience (the token the
 * Salesforce package's External Credential mints) by the bridge's own {@code AuthenticationFilter};
 * the admin API's users with HTTP Basic.
 */
@ApplicationScoped
@ApplicationPath("api")
public class RestApplication extends Application {
}
