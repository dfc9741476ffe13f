package org.o2cbridge.sandbox.oidc;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OidcProviderTest {

    private static final String CLIENT = "o2c-console";
    private static final String SECRET = "s3cret";
    private static final String CALLBACK = "http://localhost:8080/console/oidc/callback";
    private static final String ISSUER = "http://localhost:8080/sandbox/oidc";
    private static final String VERIFIER = "verifier-0123456789-0123456789-0123456789-abcdef";

    private final MutableClock clock = new MutableClock();
    private final OidcProvider provider = new OidcProvider(CLIENT, SECRET, Set.of(CALLBACK),
            OidcProvider.parseUsers("ops:pw1:o2c-operators|staff, guest:pw2:"), clock);

    @Test
    void theUsersSettingGivesNamesPasswordsAndGroups() {
        assertEquals(List.of(new OidcProvider.User("ops", "pw1", List.of("o2c-operators", "staff")),
                new OidcProvider.User("guest", "pw2", List.of())), OidcProvider.parseUsers("ops:pw1:o2c-operators|staff,guest:pw2:"));
        assertNull(provider.authenticate("ops", "wrong"));
        assertNotNull(provider.authenticate("ops", "pw1"));
    }

    @Test
    void aCodeWithTheRightVerifierGivesAnIdTokenSignedByThePublishedKey() throws Exception {
        OidcProvider.Tokens tokens = provider.token(CLIENT, SECRET, "authorization_code", code("n-1"), CALLBACK, VERIFIER, ISSUER);

        SignedJWT idToken = SignedJWT.parse(tokens.idToken());
        assertTrue(idToken.verify(new RSASSAVerifier((RSAKey) provider.publicKeys().getKeys().get(0))));
        assertEquals(ISSUER, idToken.getJWTClaimsSet().getIssuer());
        assertEquals(List.of(CLIENT), idToken.getJWTClaimsSet().getAudience());
        assertEquals("n-1", idToken.getJWTClaimsSet().getStringClaim("nonce"));
        assertEquals(List.of("o2c-operators", "staff"), idToken.getJWTClaimsSet().getStringListClaim("groups"));
    }

    @Test
    void aWrongVerifierIsAnInvalidGrant() {
        OidcError refused = assertThrows(OidcError.class, () -> provider.token(CLIENT, SECRET, "authorization_code",
                code("n"), CALLBACK, VERIFIER.replace('a', 'b'), ISSUER));
        assertEquals("invalid_grant", refused.error());
        assertEquals(400, refused.status());
    }

    @Test
    void aCodeIsSpentOnItsFirstUse() {
        String code = code("n");
        provider.token(CLIENT, SECRET, "authorization_code", code, CALLBACK, VERIFIER, ISSUER);
        OidcError reused = assertThrows(OidcError.class,
                () -> provider.token(CLIENT, SECRET, "authorization_code", code, CALLBACK, VERIFIER, ISSUER));
        assertEquals("invalid_grant", reused.error());
    }

    @Test
    void aWrongSecretIsAnInvalidClientAndSpendsNoCode() {
        String code = code("n");
        OidcError refused = assertThrows(OidcError.class,
                () -> provider.token(CLIENT, "wrong", "authorization_code", code, CALLBACK, VERIFIER, ISSUER));
        assertEquals("invalid_client", refused.error());
        assertEquals(401, refused.status());
        assertNotNull(provider.token(CLIENT, SECRET, "authorization_code", code, CALLBACK, VERIFIER, ISSUER).idToken());
    }

    @Test
    void anExpiredCodeOrAnotherRedirectUriIsAnInvalidGrant() {
        String late = code("n");
        clock.advance(OidcProvider.CODE_LIFETIME.plusSeconds(1));
        assertEquals("invalid_grant", assertThrows(OidcError.class,
                () -> provider.token(CLIENT, SECRET, "authorization_code", late, CALLBACK, VERIFIER, ISSUER)).error());
        String elsewhere = code("n");
        assertEquals("invalid_grant", assertThrows(OidcError.class, () -> provider.token(CLIENT, SECRET,
                "authorization_code", elsewhere, "http://evil.example/cb", VERIFIER, ISSUER)).error());
    }

    @Test
    void theAuthorizationRequestNeedsTheRegisteredClientRedirectAndAnS256Challenge() {
        assertEquals("invalid_request", assertThrows(OidcError.class,
                () -> provider.checkClientAndRedirect("other", CALLBACK)).error());
        assertEquals("invalid_request", assertThrows(OidcError.class,
                () -> provider.checkClientAndRedirect(CLIENT, "http://evil.example/cb")).error());
        assertEquals("invalid_request", assertThrows(OidcError.class,
                () -> provider.checkRequest("code", "openid", "abc", "plain")).error());
        assertEquals("unsupported_response_type", assertThrows(OidcError.class,
                () -> provider.checkRequest("token", "openid", "abc", "S256")).error());
        assertEquals("unsupported_grant_type", assertThrows(OidcError.class,
                () -> provider.token(CLIENT, SECRET, "password", "x", CALLBACK, VERIFIER, ISSUER)).error());
    }

    private String code(String nonce) {
        return provider.issueCode(provider.authenticate("ops", "pw1"), CLIENT, CALLBACK, OidcProvider.s256(VERIFIER),
                nonce, "openid profile");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
