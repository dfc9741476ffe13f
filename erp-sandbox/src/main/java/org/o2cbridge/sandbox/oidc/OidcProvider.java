package org.o2cbridge.sandbox.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The simulated OpenID provider's state and rules, without HTTP: one registered confidential
 * client, demo users with groups, an RSA signing key made at start, and one-time authorization
 * codes bound to the client, redirect URI, PKCE challenge (S256 only) and nonce. Follows OpenID
 * Connect Core 1.0 section 3.1 (authorization code flow) and RFC 7636 (PKCE).
 */
public class OidcProvider {

    /** A demo user: name, password and the groups the ID token's {@code groups} claim lists. */
    public record User(String name, String password, List<String> groups) {
    }

    /** What a code was issued for. */
    record Grant(String clientId, String redirectUri, String challenge, String nonce, User user, String scope,
                 Instant expires) {
    }

    /** The token endpoint's answer. */
    public record Tokens(String idToken, String accessToken, long expiresIn, String scope) {
    }

    static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String clientId;
    private final String clientSecret;
    private final Set<String> redirectUris;
    private final Map<String, User> users;
    private final RSAKey key;
    private final Clock clock;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    public OidcProvider(String clientId, String clientSecret, Set<String> redirectUris, List<User> users, Clock clock) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUris = Set.copyOf(redirectUris);
        Map<String, User> byName = new LinkedHashMap<>();
        users.forEach(u -> byName.put(u.name(), u));
        this.users = Map.copyOf(byName);
        this.clock = clock;
        try {
            this.key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the provider's signing key", e);
        }
    }

    /**
     * Parses {@code o2c.sandbox.oidc.users}: {@code name:password:group|group} entries separated by
     * commas; a user may have no group ({@code name:password:}).
     */
    public static List<User> parseUsers(String setting) {
        List<User> users = new ArrayList<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":", 3);
            if (parts.length < 2) {
                throw new IllegalArgumentException("o2c.sandbox.oidc.users entry without a password: " + parts[0]);
            }
            List<String> groups = parts.length < 3 || parts[2].isBlank() ? List.of()
                    : Arrays.stream(parts[2].split("\\|")).map(String::strip).filter(g -> !g.isEmpty()).toList();
            users.add(new User(parts[0], parts[1], groups));
        }
        return users;
    }

    /** The public keys, for {@code jwks_uri}. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /**
     * Checks an authorization request before the login form is shown. An unknown client or
     * redirect URI is an error shown to the user (never redirected, Core 3.1.2.6); other errors
     * go back to the client.
     */
    public void checkClientAndRedirect(String requestClientId, String redirectUri) {
        if (requestClientId == null || !requestClientId.equals(clientId)) {
            throw OidcError.invalidRequest("Unknown client_id");
        }
        if (redirectUri == null || !redirectUris.contains(redirectUri)) {
            throw OidcError.invalidRequest("redirect_uri is not registered for this client");
        }
    }

    /** Checks the rest of an authorization request; an error here is redirected to the client. */
    public void checkRequest(String responseType, String scope, String challenge, String challengeMethod) {
        if (!"code".equals(responseType)) {
            throw new OidcError(400, "unsupported_response_type", "Only response_type=code is supported");
        }
        if (scope == null || !Arrays.asList(scope.split(" ")).contains("openid")) {
            throw new OidcError(400, "invalid_scope", "The scope must include openid");
        }
        if (challenge == null || !"S256".equals(challengeMethod)) {
            throw OidcError.invalidRequest("A PKCE code_challenge with code_challenge_method=S256 is required");
        }
    }

    /** The user with that name and password, or null. */
    public User authenticate(String name, String password) {
        User user = name == null ? null : users.get(name);
        return user != null && password != null && same(password, user.password()) ? user : null;
    }

    /** Issues a one-time code for a signed-in user and a checked request. */
    public String issueCode(User user, String requestClientId, String redirectUri, String challenge, String nonce,
                            String scope) {
        String code = random();
        codes.put(code, new Grant(requestClientId, redirectUri, challenge, nonce, user, scope,
                clock.instant().plus(CODE_LIFETIME)));
        return code;
    }

    /**
     * The token endpoint: authorization_code grant for an authenticated client. A code is spent on
     * its first presentation, even when the request is then refused.
     */
    public Tokens token(String authenticatedId, String secret, String grantType, String code, String redirectUri,
                        String verifier, String issuer) {
        if (authenticatedId == null || secret == null || !same(authenticatedId, clientId) || !same(secret, clientSecret)) {
            throw OidcError.invalidClient("Client authentication failed");
        }
        if (grantType == null) {
            throw OidcError.invalidRequest("grant_type is missing");
        }
        if (!"authorization_code".equals(grantType)) {
            throw new OidcError(400, "unsupported_grant_type", "Unsupported grant type: " + grantType);
        }
        if (code == null) {
            throw OidcError.invalidRequest("code is missing");
        }
        Grant grant = codes.remove(code);
        if (grant == null) {
            throw OidcError.invalidGrant("The code is unknown, was already used or has expired");
        }
        if (clock.instant().isAfter(grant.expires())) {
            throw OidcError.invalidGrant("The code has expired");
        }
        if (!grant.clientId().equals(authenticatedId)) {
            throw OidcError.invalidGrant("The code was issued to another client");
        }
        if (redirectUri == null || !redirectUri.equals(grant.redirectUri())) {
            throw OidcError.invalidGrant("redirect_uri does not match the authorization request");
        }
        if (verifier == null || !VERIFIER.matcher(verifier).matches() || !same(s256(verifier), grant.challenge())) {
            throw OidcError.invalidGrant("The code_verifier does not match the code_challenge");
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(grant.user().name())
                .audience(grant.clientId()).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .claim("azp", grant.clientId()).claim("preferred_username", grant.user().name())
                .claim("name", grant.user().name()).claim("groups", grant.user().groups());
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        try {
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            idToken.sign(new RSASSASigner(key));
            return new Tokens(idToken.serialize(), random(), TOKEN_LIFETIME.toSeconds(), grant.scope());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the ID token", e);
        }
    }

    static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
