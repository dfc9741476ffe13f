package org.o2cbridge.console;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.o2cbridge.platform.security.ConfiguredIdentityStore;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's OpenID flow against ID tokens signed here, with the token endpoint stubbed. */
class OidcFlowTest {

    private static final String ISSUER = "https://idp.example";
    private static final String CLIENT = "o2c-console";
    private static final URI CALLBACK = URI.create("https://bridge.example/console/oidc/callback");

    private static RSAKey key;
    private static RSAKey otherKey;

    private UnaryOperator<JWTClaimsSet.Builder> tamper = b -> b;
    private RSAKey signingKey;
    private AuthorizationCodeGrant seenGrant;
    private ClientSecretBasic seenAuthentication;
    private boolean providerRefuses;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    @Test
    void rolesComeFromTheMappedGroups() {
        OidcRoles roles = new OidcRoles("ops", "viewers");
        assertEquals(Optional.of(Set.of(ConfiguredIdentityStore.OPERATOR, ConfiguredIdentityStore.VIEWER)),
                roles.of(List.of("staff", "ops")));
        assertEquals(Optional.of(Set.of(ConfiguredIdentityStore.VIEWER)), roles.of(List.of("viewers")));
        assertEquals(Optional.empty(), roles.of(List.of("staff")));
        assertEquals(Optional.empty(), new OidcRoles(null, null).of(List.of("ops")));
        assertEquals(List.of("ops"), OidcRoles.groups("ops"));
        assertEquals(List.of("a", "b"), OidcRoles.groups(List.of("a", 3, "b")));
        assertEquals(List.of(), OidcRoles.groups(null));
    }

    @Test
    void aValidCallbackSignsInAnOperatorAndSendsTheCodeVerifierWithBasicClientAuthentication() throws Exception {
        OidcFlow flow = flow();
        OidcFlow.Pending pending = begin(flow);
        URI authorize = flow.authorizationUri(pending);
        Map<String, List<String>> query = com.nimbusds.oauth2.sdk.util.URLUtils.parseParameters(authorize.getRawQuery());
        assertEquals(List.of("S256"), query.get("code_challenge_method"));
        assertEquals(List.of(pending.state()), query.get("state"));
        assertEquals(List.of(pending.nonce()), query.get("nonce"));

        OidcFlow.Identity identity = flow.complete(callback("code=abc&state=" + pending.state()), pending);

        assertEquals("alice", identity.name());
        assertEquals(Set.of(ConfiguredIdentityStore.OPERATOR, ConfiguredIdentityStore.VIEWER), identity.roles());
        assertEquals(pending.verifier(), seenGrant.getCodeVerifier().getValue());
        assertEquals(CALLBACK, seenGrant.getRedirectionURI());
        assertEquals(CLIENT, seenAuthentication.getClientID().getValue());
    }

    @Test
    void aBadStateIsRefusedBeforeTheCodeIsRedeemed() {
        OidcFlow flow = flow();
        OidcFlow.Pending pending = begin(flow);
        refused(flow, "code=abc&state=forged", pending, "not started here");
        refused(flow, "code=abc&state=" + pending.state(), null, "not started here");
        assertEquals(null, seenGrant);
    }

    @Test
    void aProviderErrorIsRefusedWithItsCode() {
        OidcFlow flow = flow();
        OidcFlow.Pending pending = begin(flow);
        refused(flow, "error=access_denied&state=" + pending.state(), pending, "access_denied");
        providerRefuses = true;
        refused(flow, "code=abc&state=" + pending.state(), pending, "invalid_grant");
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        tamper = b -> b.claim("nonce", "replayed");
        refusedToken();
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() {
        tamper = b -> b.audience("someone-else");
        refusedToken();
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        tamper = b -> b.expirationTime(Date.from(Instant.now().minusSeconds(600)));
        refusedToken();
    }

    @Test
    void anIdTokenFromAnotherIssuerOrSignedWithAnotherKeyIsRefused() {
        tamper = b -> b.issuer("https://evil.example");
        refusedToken();
        tamper = b -> b;
        signingKey = otherKey;
        refusedToken();
    }

    @Test
    void aUserInNoMappedGroupIsRefusedWithAClearMessage() {
        tamper = b -> b.claim("groups", List.of("staff"));
        OidcFlow flow = flow();
        OidcFlow.Pending pending = begin(flow);
        refused(flow, "code=abc&state=" + pending.state(), pending, "User 'alice' is in no group that may use the console.");
    }

    private void refusedToken() {
        OidcFlow flow = flow();
        OidcFlow.Pending pending = begin(flow);
        refused(flow, "code=abc&state=" + pending.state(), pending, "ID token is not valid");
    }

    private static void refused(OidcFlow flow, String query, OidcFlow.Pending pending, String message) {
        OidcFlow.Refused refused = assertThrows(OidcFlow.Refused.class, () -> flow.complete(callback(query), pending));
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    private static URI callback(String query) {
        return URI.create(CALLBACK + "?" + query);
    }

    private OidcFlow flow() {
        IDTokenValidator validator = new IDTokenValidator(new Issuer(ISSUER), new ClientID(CLIENT), JWSAlgorithm.RS256,
                new JWKSet(key.toPublicJWK()));
        return new OidcFlow(URI.create(ISSUER + "/authorize"), URI.create(ISSUER + "/token"), new ClientID(CLIENT),
                new Secret("s3cret"), Scope.parse("openid profile email"), validator, request -> {
                    seenGrant = (AuthorizationCodeGrant) request.getAuthorizationGrant();
                    seenAuthentication = (ClientSecretBasic) request.getClientAuthentication();
                    if (providerRefuses) {
                        return new TokenErrorResponse(OAuth2Error.INVALID_GRANT);
                    }
                    return new OIDCTokenResponse(new OIDCTokens(idToken(), new BearerAccessToken(), null));
                }, "groups", new OidcRoles("o2c-operators", "o2c-viewers"));
    }

    private SignedJWT idToken() {
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("u-1").audience(CLIENT)
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                    .claim("nonce", currentNonce).claim("preferred_username", "alice")
                    .claim("groups", List.of("o2c-operators"));
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                    tamper.apply(claims).build());
            jwt.sign(new RSASSASigner(signingKey == null ? key : signingKey));
            return jwt;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String currentNonce;

    private OidcFlow.Pending begin(OidcFlow flow) {
        OidcFlow.Pending pending = flow.begin(CALLBACK);
        currentNonce = pending.nonce();
        return pending;
    }
}
