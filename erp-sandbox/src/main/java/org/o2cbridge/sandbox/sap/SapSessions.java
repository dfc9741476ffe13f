package org.o2cbridge.sandbox.sap;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated system's security sessions: OAuth 2.0 access tokens (client credentials) and CSRF
 * sessions. A CSRF token is fetched with {@code x-csrf-token: fetch} and is bound to the session
 * cookie sent with it; a write must carry both. Tokens and CSRF sessions expire after their
 * configured lifetimes, and the control API can expire them at once so a client's re-fetch and
 * renewal paths can be exercised.
 */
@ApplicationScoped
public class SapSessions {

    /** The session cookie's name, as SAP names it: {@code SAP_SESSIONID_<SID>_<client>}. */
    public static final String SESSION_COOKIE = "SAP_SESSIONID_O2C_100";
    /** The CSRF cookie's name: {@code sap-XSRF_<SID>_<client>}. */
    public static final String XSRF_COOKIE = "sap-XSRF_O2C_100";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, CsrfSession> csrfSessions = new ConcurrentHashMap<>();
    private Clock clock;
    private Duration tokenLifetime;
    private volatile Duration csrfLifetime;
    private Duration configuredCsrfLifetime;

    /** A CSRF session: its cookie value, its token and when both stop being accepted. */
    public record CsrfSession(String sessionId, String token, Instant expires) {
    }

    protected SapSessions() {
    }

    @Inject
    public SapSessions(@ConfigProperty(name = "o2c.sandbox.sap.token-lifetime-seconds", defaultValue = "3600") long tokenSeconds,
                       @ConfigProperty(name = "o2c.sandbox.sap.csrf-token-lifetime-seconds", defaultValue = "1800") long csrfSeconds) {
        this(Clock.systemUTC(), Duration.ofSeconds(tokenSeconds), Duration.ofSeconds(csrfSeconds));
    }

    public SapSessions(Clock clock, Duration tokenLifetime, Duration csrfLifetime) {
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.csrfLifetime = csrfLifetime;
        this.configuredCsrfLifetime = csrfLifetime;
    }

    public String issueAccessToken() {
        String token = newSecret(32);
        accessTokens.put(token, clock.instant().plus(tokenLifetime));
        return token;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** Whether {@code Authorization: Bearer …} carries a live access token. */
    public boolean validBearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        Instant expires = accessTokens.get(authorization.substring(7).strip());
        return expires != null && clock.instant().isBefore(expires);
    }

    /** A new CSRF session for a fetch, or the caller's own while it is still valid (as SAP does). */
    public CsrfSession fetch(Optional<String> sessionCookie) {
        Instant now = clock.instant();
        Optional<CsrfSession> current = sessionCookie.map(csrfSessions::get).filter(s -> now.isBefore(s.expires()));
        if (current.isPresent()) {
            return current.get();
        }
        CsrfSession session = new CsrfSession(newSecret(24), newSecret(16), now.plus(csrfLifetime));
        csrfSessions.put(session.sessionId(), session);
        return session;
    }

    /** Whether a write carries a live CSRF token together with the session cookie it was issued to. */
    public boolean validCsrf(String token, Optional<String> sessionCookie) {
        if (token == null || sessionCookie.isEmpty()) {
            return false;
        }
        CsrfSession session = csrfSessions.get(sessionCookie.get());
        return session != null && session.token().equals(token) && clock.instant().isBefore(session.expires());
    }

    /** Ends every CSRF session now; answers how many there were. */
    public int expireCsrfTokens() {
        int count = csrfSessions.size();
        csrfSessions.clear();
        return count;
    }

    /** Changes the lifetime of CSRF sessions fetched from now on. */
    public void csrfLifetime(Duration lifetime) {
        this.csrfLifetime = lifetime;
    }

    public Duration csrfLifetime() {
        return csrfLifetime;
    }

    public int revokeAccessTokens() {
        int count = accessTokens.size();
        accessTokens.clear();
        return count;
    }

    public void reset() {
        accessTokens.clear();
        csrfSessions.clear();
        csrfLifetime = configuredCsrfLifetime;
    }

    private String newSecret(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
