package org.o2cbridge.sandbox.d365.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntraTokensTest {

    private static final String ENV = "http://localhost:8080/sandbox/d365";

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final EntraTokens tokens = new EntraTokens(Duration.ofSeconds(3599), clock);

    @Test
    void aTokenIsAcceptedForItsAudienceUntilItExpires() {
        String token = tokens.issue(ENV);

        assertEquals(Optional.empty(), tokens.check("Bearer " + token, ENV));
        now = now.plusSeconds(3598);
        assertEquals(Optional.empty(), tokens.check("bearer " + token, ENV));
        now = now.plusSeconds(1);
        assertEquals(Optional.of(EntraTokens.Refusal.EXPIRED), tokens.check("Bearer " + token, ENV));
    }

    @Test
    void aTokenForAnotherEnvironmentOrNoneAtAllIsRefused() {
        String token = tokens.issue("https://other.operations.dynamics.com");

        assertEquals(Optional.of(EntraTokens.Refusal.WRONG_AUDIENCE), tokens.check("Bearer " + token, ENV));
        assertEquals(Optional.of(EntraTokens.Refusal.MISSING), tokens.check(null, ENV));
        assertEquals(Optional.of(EntraTokens.Refusal.MISSING), tokens.check("Basic abc", ENV));
        assertEquals(Optional.of(EntraTokens.Refusal.UNKNOWN), tokens.check("Bearer eyJforged", ENV));
    }

    @Test
    void aResetForgetsEveryTokenAndTheCount() {
        tokens.requested();
        String token = tokens.issue(ENV);

        tokens.reset();

        assertEquals(0, tokens.requests());
        assertEquals(Optional.of(EntraTokens.Refusal.UNKNOWN), tokens.check("Bearer " + token, ENV));
    }
}
