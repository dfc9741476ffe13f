package org.o2cbridge.sandbox.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.TestKeys;
import org.o2cbridge.sandbox.salesforce.auth.InvalidGrantException.Reason;

class JwtBearerAssertionVerifierTest {

    private static final String CONSUMER_KEY = "o2c-bridge-connected-app";
    private static final String USERNAME = "integration@o2c.sandbox";
    private static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");

    private final KeyPair connectedApp = TestKeys.rsa();
    private final JwtBearerAssertionVerifier verifier = new JwtBearerAssertionVerifier(
            () -> (RSAPublicKey) connectedApp.getPublic(), CONSUMER_KEY, USERNAME,
            Set.of("https://login.salesforce.com", "https://test.salesforce.com", "https://o2c.example.site"),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30));

    private static JWTClaimsSet.Builder validClaims() {
        return new JWTClaimsSet.Builder()
                .issuer(CONSUMER_KEY)
                .subject(USERNAME)
                .audience("https://login.salesforce.com")
                .expirationTime(Date.from(NOW.plusSeconds(120)));
    }

    private String signed(JWTClaimsSet.Builder claims, KeyPair keys) throws Exception {
        return signed(claims, JWSAlgorithm.RS256, new RSASSASigner(keys.getPrivate()));
    }

    private static String signed(JWTClaimsSet.Builder claims, JWSAlgorithm alg, JWSSigner signer) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims.build());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private Reason refusal(String assertion) {
        return assertThrows(InvalidGrantException.class, () -> verifier.verify(assertion)).reason();
    }

    @Test
    void aWellFormedAssertionSignedByTheConnectedAppAuthorizesTheIntegrationUser() throws Exception {
        assertEquals(USERNAME, verifier.verify(signed(validClaims(), connectedApp)));
    }

    @Test
    void theSandboxLoginHostAndTheConfiguredExtraAudienceAreAccepted() throws Exception {
        assertEquals(USERNAME, verifier.verify(signed(validClaims().audience("https://test.salesforce.com"), connectedApp)));
        assertEquals(USERNAME, verifier.verify(signed(validClaims().audience("https://o2c.example.site"), connectedApp)));
    }

    @Test
    void aPrnClaimWinsOverSub() throws Exception {
        assertEquals(USERNAME, verifier.verify(signed(validClaims().subject("someone@else").claim("prn", USERNAME), connectedApp)));
        assertEquals(Reason.SUBJECT, refusal(signed(validClaims().claim("prn", "someone@else"), connectedApp)));
    }

    @Test
    void anAssertionSignedWithAnotherKeyIsRefused() throws Exception {
        assertEquals(Reason.SIGNATURE, refusal(signed(validClaims(), TestKeys.rsa())));
    }

    @Test
    void anExpiredAssertionIsRefused() throws Exception {
        assertEquals(Reason.EXPIRED, refusal(signed(validClaims().expirationTime(Date.from(NOW.minusSeconds(60))), connectedApp)));
    }

    @Test
    void anExpiryWithinTheClockSkewIsTolerated() throws Exception {
        assertEquals(USERNAME, verifier.verify(signed(validClaims().expirationTime(Date.from(NOW.minusSeconds(10))), connectedApp)));
        assertEquals(USERNAME, verifier.verify(signed(validClaims().expirationTime(Date.from(NOW.plusSeconds(200))), connectedApp)));
    }

    @Test
    void anExpiryMoreThanThreeMinutesAheadIsRefused() throws Exception {
        assertEquals(Reason.EXPIRATION_TOO_FAR, refusal(signed(validClaims().expirationTime(Date.from(NOW.plusSeconds(240))), connectedApp)));
    }

    @Test
    void anAssertionWithoutExpiryIsRefused() throws Exception {
        assertEquals(Reason.EXPIRATION_MISSING, refusal(signed(validClaims().expirationTime(null), connectedApp)));
    }

    @Test
    void anUnknownAudienceIsRefused() throws Exception {
        assertEquals(Reason.AUDIENCE, refusal(signed(validClaims().audience("https://login.example.com"), connectedApp)));
    }

    @Test
    void anotherConsumerKeyIsRefused() throws Exception {
        assertEquals(Reason.ISSUER, refusal(signed(validClaims().issuer("some-other-app"), connectedApp)));
    }

    @Test
    void anotherUserIsRefused() throws Exception {
        assertEquals(Reason.SUBJECT, refusal(signed(validClaims().subject("admin@o2c.sandbox"), connectedApp)));
    }

    @Test
    void anUnsignedAssertionIsRefused() {
        assertEquals(Reason.ALGORITHM, refusal(new PlainJWT(validClaims().build()).serialize()));
    }

    @Test
    void anHmacSignedAssertionIsRefusedEvenWithTheRightClaims() throws Exception {
        byte[] secret = connectedApp.getPublic().getEncoded();
        assertEquals(Reason.ALGORITHM, refusal(signed(validClaims(), JWSAlgorithm.HS256, new MACSigner(secret))));
    }

    @Test
    void textThatIsNoJwtIsRefused() {
        assertEquals(Reason.MALFORMED, refusal("not-a-jwt"));
        assertEquals(Reason.MALFORMED, refusal(""));
    }
}
