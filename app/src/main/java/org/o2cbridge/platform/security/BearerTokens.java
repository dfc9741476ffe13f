package org.o2cbridge.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The order API's bearer token check, configured with MicroProfile JWT's keys:
 * {@code mp.jwt.verify.publickey.location} (or the key itself in {@code mp.jwt.verify.publickey}),
 * {@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.audiences} (comma-separated),
 * {@code mp.jwt.verify.clock.skew} and {@code mp.jwt.verify.token.age} (seconds). The key file is
 * looked at again every second, so a rotated key is in use without a restart.
 */
@ApplicationScoped
public class BearerTokens {

    static final Duration KEY_CHECK_INTERVAL = Duration.ofSeconds(1);
    static final int MAX_REMEMBERED_TOKENS = 10_000;

    @Inject
    Config config;

    private BearerTokenVerifier verifier;

    @PostConstruct
    void configure() {
        VerificationKey key = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                .map(location -> VerificationKey.at(location, KEY_CHECK_INTERVAL))
                .or(() -> config.getOptionalValue("mp.jwt.verify.publickey", String.class).map(VerificationKey::of))
                .orElseThrow(() -> new IllegalStateException(
                        "Set mp.jwt.verify.publickey.location to the public key of the tokens' signer"));
        String issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class)
                .orElseThrow(() -> new IllegalStateException("Set mp.jwt.verify.issuer to the tokens' issuer"));
        Optional<List<String>> audiences = config.getOptionalValue("mp.jwt.verify.audiences", String.class)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList());
        long clockSkew = config.getOptionalValue("mp.jwt.verify.clock.skew", Long.class).orElse(0L);
        Optional<Long> tokenAge = config.getOptionalValue("mp.jwt.verify.token.age", Long.class);
        verifier = new BearerTokenVerifier(key, issuer, audiences, clockSkew, tokenAge, Clock.systemUTC(),
                MAX_REMEMBERED_TOKENS);
    }

    /** The caller an {@code Authorization} header's bearer token proves, or empty. */
    public Optional<BearerTokenVerifier.Caller> callerOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        return verifier.verify(authorization.substring("Bearer ".length()));
    }
}
