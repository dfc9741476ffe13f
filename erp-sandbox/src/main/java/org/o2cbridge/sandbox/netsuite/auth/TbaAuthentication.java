package org.o2cbridge.sandbox.netsuite.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated account's token-based authentication, configured by MicroProfile Config: one
 * integration (consumer key and secret) and one access token (id and secret) for the account id.
 * The defaults are demo values, published in the sandbox's documentation and fit for nothing else.
 */
@ApplicationScoped
public class TbaAuthentication {

    private TbaVerifier verifier;

    protected TbaAuthentication() {
    }

    @Inject
    public TbaAuthentication(
            @ConfigProperty(name = "o2c.sandbox.netsuite.account-id") String accountId,
            @ConfigProperty(name = "o2c.sandbox.netsuite.consumer-key") String consumerKey,
            @ConfigProperty(name = "o2c.sandbox.netsuite.consumer-secret") String consumerSecret,
            @ConfigProperty(name = "o2c.sandbox.netsuite.token-id") String tokenId,
            @ConfigProperty(name = "o2c.sandbox.netsuite.token-secret") String tokenSecret,
            @ConfigProperty(name = "o2c.sandbox.netsuite.timestamp-tolerance-seconds", defaultValue = "300") long tolerance) {
        this.verifier = new TbaVerifier(new TbaCredentials(accountId, consumerKey, consumerSecret, tokenId, tokenSecret),
                Clock.systemUTC(), Duration.ofSeconds(tolerance));
    }

    /** Empty when the call is authenticated, else the reason (for the log, never for the caller). */
    public Optional<String> verify(String method, URI uri, String authorization) {
        return verifier.verify(method, uri, authorization);
    }

    /** Empty when a SOAP token passport is authentic, else the reason (for the log only). */
    public Optional<String> verifyPassport(String account, String consumerKey, String token, String nonce,
                                           String timestamp, String signature, String algorithm) {
        return verifier.verifyPassport(account, consumerKey, token, nonce, timestamp, signature, algorithm);
    }

    public void forgetNonces() {
        verifier.forgetNonces();
    }
}
