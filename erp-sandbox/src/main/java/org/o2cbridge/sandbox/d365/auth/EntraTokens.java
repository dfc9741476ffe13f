package org.o2cbridge.sandbox.d365.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Access tokens the simulated Entra ID issued: each for one audience (the environment URL the
 * client named as its {@code scope} or {@code resource}) and valid for {@code token-lifetime-seconds}.
 * The OData API accepts a token only for its own audience and before it expires. Counts the token
 * requests, answered or not, so tests can see that a client reuses its token.
 */
@ApplicationScoped
public class EntraTokens {

    /** Why a bearer token is not accepted. */
    public enum Refusal { MISSING, UNKNOWN, EXPIRED, WRONG_AUDIENCE }

    private record Issued(String audience, Instant expires) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile Duration lifetime;
    private Duration configuredLifetime;
    private Clock clock = Clock.systemUTC();

    protected EntraTokens() {
    }

    @Inject
    public EntraTokens(@ConfigProperty(name = "o2c.sandbox.d365.token-lifetime-seconds", defaultValue = "3599")
                       long lifetimeSeconds) {
        this.configuredLifetime = Duration.ofSeconds(lifetimeSeconds);
        this.lifetime = configuredLifetime;
    }

    /** For tests outside the container. */
    public EntraTokens(Duration lifetime, Clock clock) {
        this.configuredLifetime = lifetime;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public void requested() {
        requests.incrementAndGet();
    }

    public long requests() {
        return requests.get();
    }

    public Duration lifetime() {
        return lifetime;
    }

    public void changeLifetime(Duration next) {
        lifetime = next;
    }

    /** A new token for {@code audience}. */
    public String issue(String audience) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "eyJ0eXAiOiJKV1QifQ." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, new Issued(audience, clock.instant().plus(lifetime)));
        return token;
    }

    /** Empty when the {@code Authorization} header carries a live token for {@code audience}. */
    public Optional<Refusal> check(String authorization, String audience) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(Refusal.MISSING);
        }
        Issued token = issued.get(authorization.substring(7).strip());
        if (token == null) {
            return Optional.of(Refusal.UNKNOWN);
        }
        if (!clock.instant().isBefore(token.expires())) {
            return Optional.of(Refusal.EXPIRED);
        }
        return token.audience().equals(audience) ? Optional.empty() : Optional.of(Refusal.WRONG_AUDIENCE);
    }

    /** Ends every token issued so far; answers how many. */
    public int revokeAll() {
        int count = issued.size();
        issued.clear();
        return count;
    }

    public void reset() {
        issued.clear();
        requests.set(0);
        lifetime = configuredLifetime;
    }
}
