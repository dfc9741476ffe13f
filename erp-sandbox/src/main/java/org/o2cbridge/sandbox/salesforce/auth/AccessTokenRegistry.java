package org.o2cbridge.sandbox.salesforce.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session tokens the token endpoint has issued, each valid for a configured lifetime. Tokens
 * look like Salesforce's ({@code <org id>!<random>}) and can all be revoked at once, so a client's
 * renew-on-401 path can be exercised.
 */
@ApplicationScoped
public class AccessTokenRegistry {

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private Clock clock = Clock.systemUTC();
    private Duration lifetime;

    protected AccessTokenRegistry() {
    }

    @Inject
    public AccessTokenRegistry(
            @ConfigProperty(name = "o2c.sandbox.salesforce.token-lifetime-seconds", defaultValue = "7200") long lifetimeSeconds) {
        this(Clock.systemUTC(), Duration.ofSeconds(lifetimeSeconds));
    }

    public AccessTokenRegistry(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Issues a new token for the organization and answers it. */
    public String issue(String organizationId) {
        byte[] secret = new byte[72];
        random.nextBytes(secret);
        String token = organizationId.substring(0, 15) + "!AR" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        expiries.put(token, clock.instant().plus(lifetime));
        return token;
    }

    public boolean isValid(String token) {
        Instant expiry = expiries.get(token);
        if (expiry == null) {
            return false;
        }
        if (!clock.instant().isBefore(expiry)) {
            expiries.remove(token);
            return false;
        }
        return true;
    }

    /** Revokes every issued token and answers how many were live. */
    public int revokeAll() {
        int count = expiries.size();
        expiries.clear();
        return count;
    }
}
