package org.o2cbridge.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BearerTokenVerifierTest {

    private static final String ISSUER = "o2c-salesforce-org";
    private static final String AUDIENCE = "o2c-bridge";
    private static final KeyPair ORG = newPair();
    private static final KeyPair OTHER = newPair();

    @TempDir
    Path dir;

    private Path keyFile;
    private MutableClock clock;
    private long nanos;

    @BeforeEach
    void setUp() throws Exception {
        keyFile = dir.resolve("org-public.pem");
        writeKey(ORG);
        clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void validTokenIsAcceptedAndRemembered() {
        BearerTokenVerifier verifier = verifier(0, Optional.empty());
        String token = token(ORG, claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).claim("groups", List.of("integration")).build());

        BearerTokenVerifier.Caller caller = verifier.verify(token).orElseThrow();

        assertEquals("integration@o2c.sandbox", caller.name());
        assertEquals(Set.of("integration"), caller.groups());
        assertEquals(1, verifier.remembered());
        assertEquals(Optional.of(caller), verifier.verify(token));
    }

    @Test
    void rememberedTokenIsRefusedOnceExpired() {
        BearerTokenVerifier verifier = verifier(0, Optional.empty());
        String token = token(ORG, claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).build());
        assertTrue(verifier.verify(token).isPresent());

        clock.advance(Duration.ofMinutes(5));

        assertTrue(verifier.verify(token).isEmpty(), "expired token accepted from the cache");
        assertEquals(0, verifier.remembered());
    }

    @Test
    void clockSkewExtendsExpiryForRememberedTokensToo() {
        BearerTokenVerifier verifier = verifier(60, Optional.empty());
        String token = token(ORG, claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).build());
        assertTrue(verifier.verify(token).isPresent());

        clock.advance(Duration.ofMinutes(5).plusSeconds(30));
        assertTrue(verifier.verify(token).isPresent());

        clock.advance(Duration.ofSeconds(30));
        assertTrue(verifier.verify(token).isEmpty());
    }

    @Test
    void tokenAgeAppliesToRememberedTokens() {
        BearerTokenVerifier verifier = verifier(0, Optional.of(60L));
        String token = token(ORG, claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).build());
        assertTrue(verifier.verify(token).isPresent());

        clock.advance(Duration.ofSeconds(61));

        assertTrue(verifier.verify(token).isEmpty());
    }

    @Test
    void sameClaimsWithAnotherSignatureAreNotAcceptedFromTheCache() {
        BearerTokenVerifier verifier = verifier(0, Optional.empty());
        JWTClaimsSet claims = claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).build();
        String good = token(ORG, claims);
        assertTrue(verifier.verify(good).isPresent());

        String forged = token(OTHER, claims);
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + flipped(parts[2]);

        assertTrue(verifier.verify(forged).isEmpty(), "same claims signed with another key accepted");
        assertTrue(verifier.verify(tampered).isEmpty(), "same claims with a damaged signature accepted");
        assertTrue(verifier.verify(good).isPresent());
    }

    @Test
    void keyFileChangeIsPickedUpAndRememberedTokensOfTheOldKeyAreVerifiedAgain() throws Exception {
        BearerTokenVerifier verifier = verifier(0, Optional.empty());
        String oldKeyToken = token(ORG, claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).build());
        String newKeyToken = token(OTHER, claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).build());
        assertTrue(verifier.verify(oldKeyToken).isPresent());
        assertTrue(verifier.verify(newKeyToken).isEmpty());

        writeKey(OTHER);
        assertTrue(verifier.verify(oldKeyToken).isPresent(), "key file read again before the check interval");

        nanos += Duration.ofSeconds(1).toNanos();
        assertTrue(verifier.verify(newKeyToken).isPresent(), "rotated key not picked up");
        assertTrue(verifier.verify(oldKeyToken).isEmpty(), "token of the old key accepted from the cache");
    }

    @Test
    void unreadableKeyFileRefusesEveryTokenUntilItIsBack() throws Exception {
        BearerTokenVerifier verifier = verifier(0, Optional.empty());
        String token = token(ORG, claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).build());
        assertTrue(verifier.verify(token).isPresent());

        Files.delete(keyFile);
        nanos += Duration.ofSeconds(1).toNanos();
        assertTrue(verifier.verify(token).isEmpty());

        writeKey(ORG);
        nanos += Duration.ofSeconds(1).toNanos();
        assertTrue(verifier.verify(token).isPresent());
    }

    @Test
    void badTokensAreRefusedAndNotRemembered() {
        BearerTokenVerifier verifier = verifier(0, Optional.empty());

        assertTrue(verifier.verify(token(ORG, claims("another-org", AUDIENCE, Duration.ofMinutes(5)).build())).isEmpty());
        assertTrue(verifier.verify(token(ORG, claims(ISSUER, "someone-else", Duration.ofMinutes(5)).build())).isEmpty());
        assertTrue(verifier.verify(token(ORG, claims(ISSUER, AUDIENCE, Duration.ofMinutes(-1)).build())).isEmpty());
        assertTrue(verifier.verify(token(ORG, claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).jwtID(null).build())).isEmpty());
        assertTrue(verifier.verify(new com.nimbusds.jwt.PlainJWT(claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).build())
                .serialize()).isEmpty());
        assertTrue(verifier.verify("not-a-jwt").isEmpty());
        assertTrue(verifier.verify("").isEmpty());
        assertEquals(0, verifier.remembered());
    }

    @Test
    void rememberedTokensAreBounded() {
        BearerTokenVerifier verifier = new BearerTokenVerifier(key(), ISSUER, Optional.of(List.of(AUDIENCE)), 0,
                Optional.empty(), clock, 3);
        for (int i = 0; i < 10; i++) {
            assertTrue(verifier.verify(token(ORG, claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)).build())).isPresent());
            assertTrue(verifier.remembered() <= 3);
        }
    }

    private BearerTokenVerifier verifier(long clockSkew, Optional<Long> tokenAge) {
        return new BearerTokenVerifier(key(), ISSUER, Optional.of(List.of(AUDIENCE)), clockSkew, tokenAge, clock, 100);
    }

    private VerificationKey key() {
        return new VerificationKey(new VerificationKey.Source() {
            @Override
            public byte[] read() throws java.io.IOException {
                return Files.readAllBytes(keyFile);
            }

            @Override
            public String describe() {
                return keyFile.toString();
            }
        }, Duration.ofSeconds(1), () -> nanos);
    }

    private JWTClaimsSet.Builder claims(String issuer, String audience, Duration validFor) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("integration@o2c.sandbox")
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(1)))
                .expirationTime(Date.from(now.plus(validFor)))
                .jwtID(UUID.randomUUID().toString())
                .claim("upn", "integration@o2c.sandbox");
    }

    private static String token(KeyPair signer, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String flipped(String signature) {
        char first = signature.charAt(0);
        return (first == 'A' ? 'B' : 'A') + signature.substring(1);
    }

    private void writeKey(KeyPair pair) throws Exception {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(keyFile, pem);
    }

    private static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public long millis() {
            return now.toEpochMilli();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
