package org.o2cbridge.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Bearer tokens as the Salesforce package's External Credential mints them (RS256, the org's key,
 * the bridge's issuer and audience), and the ways they go wrong.
 */
public final class TestTokens {

    public static final String ISSUER = "o2c-salesforce-org";
    public static final String AUDIENCE = "o2c-bridge";
    public static final String SUBJECT = "integration@o2c.sandbox";

    private TestTokens() {
    }

    public static String valid() {
        return signed(TestKeys.get().orgSigningKey(), ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A valid token whose JOSE header carries only {@code alg}, as some issuers mint them. */
    public static String withoutTypeHeader() {
        return signed(TestKeys.get().orgSigningKey(), ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), false);
    }

    public static String expired() {
        return signed(TestKeys.get().orgSigningKey(), ISSUER, AUDIENCE, Instant.now().minus(Duration.ofMinutes(10)));
    }

    public static String forAudience(String audience) {
        return signed(TestKeys.get().orgSigningKey(), ISSUER, audience, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public static String fromIssuer(String issuer) {
        return signed(TestKeys.get().orgSigningKey(), issuer, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public static String signedWithAnotherKey() {
        return signed((RSAPrivateKey) TestKeys.newPair().getPrivate(), ISSUER, AUDIENCE,
                Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A token with {@code alg: none}: the right claims, no signature. */
    public static String unsigned() {
        return new PlainJWT(claims(ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)))).serialize();
    }

    private static String signed(RSAPrivateKey key, String issuer, String audience, Instant expiry) {
        return signed(key, issuer, audience, expiry, true);
    }

    private static String signed(RSAPrivateKey key, String issuer, String audience, Instant expiry, boolean typed) {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256);
        if (typed) {
            header.type(JOSEObjectType.JWT);
        }
        try {
            SignedJWT jwt = new SignedJWT(header.build(), claims(issuer, audience, expiry));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String issuer, String audience, Instant expiry) {
        Instant issued = expiry.minus(Duration.ofMinutes(5));
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(SUBJECT)
                .audience(audience)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("upn", SUBJECT)
                .build();
    }
}
