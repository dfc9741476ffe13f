package org.o2cbridge.sandbox.salesforce.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.sandbox.platform.PemKeyFile;

/**
 * The connected app the bridge authenticates as: its consumer key, the pre-authorized integration
 * user, the certificate's public key, and the audiences its assertions may name. Besides the two
 * Salesforce login hosts, one more audience can be configured, as an Experience Cloud site would be.
 */
@ApplicationScoped
public class ConnectedApp {

    static final String PUBLIC_KEY_PROPERTY = "o2c.sandbox.salesforce.connected-app-public-key";

    @Inject
    @ConfigProperty(name = PUBLIC_KEY_PROPERTY)
    Optional<String> publicKeyFile;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.consumer-key", defaultValue = "o2c-bridge-connected-app")
    String consumerKey;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.username", defaultValue = "integration@o2c.sandbox")
    String username;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.extra-audience")
    Optional<String> extraAudience;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.clock-skew-seconds", defaultValue = "30")
    long clockSkewSeconds;

    public JwtBearerAssertionVerifier verifier() {
        PemKeyFile keyFile = new PemKeyFile(PUBLIC_KEY_PROPERTY, publicKeyFile);
        return new JwtBearerAssertionVerifier(keyFile::publicKey, consumerKey, username, audiences(),
                Clock.systemUTC(), Duration.ofSeconds(clockSkewSeconds));
    }

    static Set<String> loginAudiences() {
        return Set.of("https://login.salesforce.com", "https://test.salesforce.com");
    }

    private Set<String> audiences() {
        Set<String> audiences = new HashSet<>(loginAudiences());
        extraAudience.map(String::strip).filter(audience -> !audience.isEmpty()).ifPresent(audiences::add);
        return audiences;
    }
}
