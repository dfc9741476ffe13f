package org.o2cbridge.sandbox.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccessTokenRegistryTest {

    private static final String ORG_ID = "00DSb0000000001AAA";

    private Instant now = Instant.parse("2026-11-20T09:00:00Z");
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
    private final AccessTokenRegistry tokens = new AccessTokenRegistry(clock, Duration.ofHours(2));

    @Test
    void anIssuedTokenLooksLikeASalesforceSessionIdAndIsValid() {
        String token = tokens.issue(ORG_ID);
        assertTrue(token.startsWith("00DSb0000000001!"), token);
        assertTrue(tokens.isValid(token));
        assertFalse(tokens.isValid(token + "x"));
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        String token = tokens.issue(ORG_ID);
        now = now.plus(Duration.ofHours(2)).minusSeconds(1);
        assertTrue(tokens.isValid(token));
        now = now.plusSeconds(1);
        assertFalse(tokens.isValid(token));
    }

    @Test
    void revokingEndsEverySession() {
        String first = tokens.issue(ORG_ID);
        String second = tokens.issue(ORG_ID);
        assertEquals(2, tokens.revokeAll());
        assertFalse(tokens.isValid(first));
        assertFalse(tokens.isValid(second));
    }
}
