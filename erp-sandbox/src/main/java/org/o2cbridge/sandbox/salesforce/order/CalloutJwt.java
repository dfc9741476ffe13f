package org.o2cbridge.sandbox.salesforce.order;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Mints the bearer token of an order-event callout the way a Salesforce External Credential with
 * the JWT protocol does: RS256, signed with the org's private key, with {@code iss}, {@code sub},
 * {@code aud}, {@code iat}, a five-minute {@code exp} and a unique {@code jti}. A fresh token is
 * minted for every attempt.
 */
public final class CalloutJwt {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Supplier<RSAPrivateKey> privateKey;
    private final String issuer;
    private final String subject;
    private final String audience;
    private final Clock clock;

    public CalloutJwt(Supplier<RSAPrivateKey> privateKey, String issuer, String subject, String audience, Clock clock) {
        this.privateKey = privateKey;
        this.issuer = issuer;
        this.subject = subject;
        this.audience = audience;
        this.clock = clock;
    }

    public String mint() {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(privateKey.get()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the callout JWT: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
