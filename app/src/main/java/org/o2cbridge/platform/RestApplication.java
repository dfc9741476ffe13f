package org.o2cbridge.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The bridge's JAX-RS application under {@code /api}. Callers authenticate with an RS256 bearer
 * token verified by MicroProfile JWT against the configured key, issuer and audience (the token the
 * Salesforce package's External Credential mints). It must be application scoped for MicroProfile
 * JWT injection to work on Payara.
 */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT", realmName = "o2c-bridge")
public class RestApplication extends Application {
}
