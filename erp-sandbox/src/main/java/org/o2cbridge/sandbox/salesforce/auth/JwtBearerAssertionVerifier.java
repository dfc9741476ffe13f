package org.o2cbridge.sandbox.salesforce.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.function.Supplier;
import org.o2cbridge.sandbox.salesforce.auth.InvalidGrantException.Reason;

/**
 * Checks an OAuth 2.0 JWT bearer assertion as Salesforce's token endpoint does: RS256 only, signed
 * with the key of the connected app's certificate, {@code iss} the consumer key, {@code prn} (or
 * else {@code sub}) the authorized username, {@code aud} a login host, and {@code exp} present and
 * at most three minutes ahead. The signature is checked before any claim, and a small clock skew is
 * tolerated on both sides of the expiry checks.
 */
public final class JwtBearerAssertionVerifier {

    static final Duration MAX_LIFETIME = Duration.ofMinutes(3);

    private final Supplier<RSAPublicKey> publicKey;
    private final String consumerKey;
    private final String username;
    private final Set<String> audiences;
    private final Clock clock;
    private final Duration clockSkew;

    public JwtBearerAssertionVerifier(Supplier<RSAPublicKey> publicKey, String consumerKey, String username,
                                      Set<String> audiences, Clock clock, Duration clockSkew) {
        this.publicKey = publicKey;
        this.consumerKey = consumerKey;
        this.username = username;
        this.audiences = Set.copyOf(audiences);
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    /** Verifies the assertion and answers the username it authorizes. */
    public String verify(String assertion) {
        SignedJWT jwt = parse(assertion);
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new InvalidGrantException(Reason.ALGORITHM);
        }
        checkSignature(jwt);
        JWTClaimsSet claims = claims(jwt);
        require(consumerKey.equals(claims.getIssuer()), Reason.ISSUER);
        require(username.equalsIgnoreCase(subjectOf(claims)), Reason.SUBJECT);
        require(claims.getAudience().stream().anyMatch(audiences::contains), Reason.AUDIENCE);
        checkExpiry(claims.getExpirationTime());
        return username;
    }

    private static SignedJWT parse(String assertion) {
        if (assertion == null || assertion.isBlank()) {
            throw new InvalidGrantException(Reason.MALFORMED);
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(assertion.strip());
        } catch (ParseException e) {
            throw new InvalidGrantException(Reason.MALFORMED);
        }
        if (jwt instanceof SignedJWT signed) {
            return signed;
        }
        throw new InvalidGrantException(Reason.ALGORITHM);
    }

    private void checkSignature(SignedJWT jwt) {
        boolean valid;
        try {
            valid = jwt.verify(new RSASSAVerifier(publicKey.get()));
        } catch (JOSEException e) {
            valid = false;
        }
        require(valid, Reason.SIGNATURE);
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidGrantException(Reason.MALFORMED);
        }
    }

    private static String subjectOf(JWTClaimsSet claims) {
        Object prn = claims.getClaim("prn");
        return prn instanceof String principal ? principal : claims.getSubject();
    }

    private void checkExpiry(Date expiration) {
        require(expiration != null, Reason.EXPIRATION_MISSING);
        Instant exp = expiration.toInstant();
        Instant now = clock.instant();
        require(exp.isAfter(now.minus(clockSkew)), Reason.EXPIRED);
        require(!exp.isAfter(now.plus(MAX_LIFETIME).plus(clockSkew)), Reason.EXPIRATION_TOO_FAR);
    }

    private static void require(boolean condition, Reason reason) {
        if (!condition) {
            throw new InvalidGrantException(reason);
        }
    }
}
