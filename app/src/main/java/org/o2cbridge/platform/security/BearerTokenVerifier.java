package org.o2cbridge.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies the order API's bearer tokens as MicroProfile JWT did: a JWS signed with RS256 by the
 * configured key; {@code iss}, {@code sub}, {@code exp}, {@code iat} and {@code jti} present;
 * {@code iss} the configured issuer; {@code aud} naming one of the configured audiences (when any
 * are configured); not expired ({@code now − clock skew < exp}, and {@code iat < exp}); not older
 * than the configured token age, if one is. The caller is the {@code upn} claim, else
 * {@code preferred_username}, else {@code sub}; its roles are the {@code groups} claim. The JOSE
 * {@code typ} header is not required.
 *
 * <p>The Salesforce package reuses one token for minutes, so a verified token is remembered until
 * it expires, keyed by the whole token text: a token sent again costs a map look-up and the expiry
 * checks, not an RSA verification. Any other text — the same claims signed differently included —
 * is verified in full. A remembered token counts only while the key it was verified with is the
 * current one. At most {@code maxRemembered} tokens are remembered; refused tokens never are.
 */
final class BearerTokenVerifier {

    private static final Logger LOG = Logger.getLogger(BearerTokenVerifier.class.getName());

    /** A verified caller: its name and its roles. */
    record Caller(String name, Set<String> groups) {
    }

    private record Verified(Caller caller, RSAPublicKey key, long expiresAt, long issuedAt) {
    }

    private final VerificationKey key;
    private final String issuer;
    private final Optional<List<String>> audiences;
    private final long clockSkewSeconds;
    private final Optional<Long> tokenAgeSeconds;
    private final Clock clock;
    private final int maxRemembered;
    private final ConcurrentHashMap<String, Verified> remembered = new ConcurrentHashMap<>();

    BearerTokenVerifier(VerificationKey key, String issuer, Optional<List<String>> audiences, long clockSkewSeconds,
                        Optional<Long> tokenAgeSeconds, Clock clock, int maxRemembered) {
        this.key = key;
        this.issuer = issuer;
        this.audiences = audiences;
        this.clockSkewSeconds = clockSkewSeconds;
        this.tokenAgeSeconds = tokenAgeSeconds;
        this.clock = clock;
        this.maxRemembered = maxRemembered;
    }

    /** The caller a token proves, or empty when the token is not valid. */
    Optional<Caller> verify(String token) {
        RSAPublicKey current = key.current();
        if (current == null || token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Verified known = remembered.get(token);
        if (known != null) {
            if (known.key() == current && timely(known.expiresAt(), known.issuedAt())) {
                return Optional.of(known.caller());
            }
            remembered.remove(token, known);
        }
        Verified verified = verifyFully(token, current);
        if (verified == null) {
            return Optional.empty();
        }
        remember(token, verified);
        return Optional.of(verified.caller());
    }

    /** How many verified tokens are remembered now. */
    int remembered() {
        return remembered.size();
    }

    private Verified verifyFully(String token, RSAPublicKey current) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return refused("it is not signed with RS256 but " + jwt.getHeader().getAlgorithm());
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            for (String required : List.of("iss", "sub", "exp", "iat", "jti")) {
                if (claims.getClaim(required) == null) {
                    return refused("it has no " + required + " claim");
                }
            }
            String name = callerName(claims);
            if (name == null) {
                return refused("it has none of the upn, preferred_username and sub claims");
            }
            if (!issuer.equals(claims.getClaim("iss") instanceof String iss ? iss : null)) {
                return refused("its issuer is " + claims.getClaim("iss"));
            }
            long expiresAt = seconds(claims.getExpirationTime());
            long issuedAt = seconds(claims.getIssueTime());
            if (!timely(expiresAt, issuedAt)) {
                return refused("it has expired or is older than mp.jwt.verify.token.age");
            }
            if (!jwt.verify(new RSASSAVerifier(current))) {
                return refused("its signature is not the configured key's");
            }
            if (audiences.isPresent()) {
                List<String> recipients = claims.getAudience();
                if (recipients == null || audiences.get().stream().noneMatch(recipients::contains)) {
                    return refused("its audience " + recipients + " is none of " + audiences.get());
                }
            }
            return new Verified(new Caller(name, groups(claims)), current, expiresAt, issuedAt);
        } catch (ParseException | JOSEException | RuntimeException e) {
            LOG.log(Level.FINE, "A bearer token was refused: it is not a valid signed JWT", e);
            return null;
        }
    }

    private boolean timely(long expiresAt, long issuedAt) {
        long now = clock.millis() / 1000 - clockSkewSeconds;
        if (!(now < expiresAt && issuedAt < expiresAt)) {
            return false;
        }
        return tokenAgeSeconds.isEmpty() || now - issuedAt <= tokenAgeSeconds.get();
    }

    private void remember(String token, Verified verified) {
        if (remembered.size() >= maxRemembered) {
            remembered.values().removeIf(entry -> !timely(entry.expiresAt(), entry.issuedAt()));
            if (remembered.size() >= maxRemembered) {
                remembered.clear();
            }
        }
        remembered.put(token, verified);
    }

    private static String callerName(JWTClaimsSet claims) throws ParseException {
        for (String claim : List.of("upn", "preferred_username", "sub")) {
            if (claims.getClaim(claim) != null) {
                return claims.getStringClaim(claim);
            }
        }
        return null;
    }

    private static Set<String> groups(JWTClaimsSet claims) throws ParseException {
        Object groups = claims.getClaim("groups");
        if (groups == null) {
            return Set.of();
        }
        if (groups instanceof String single) {
            return Set.of(single);
        }
        return Set.copyOf(new LinkedHashSet<>(claims.getStringListClaim("groups")));
    }

    private static long seconds(Date date) {
        return date.getTime() / 1000;
    }

    private static Verified refused(String why) {
        LOG.fine(() -> "A bearer token was refused: " + why);
        return null;
    }
}
