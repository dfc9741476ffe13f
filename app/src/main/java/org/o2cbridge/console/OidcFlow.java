package org.o2cbridge.console;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The console's OpenID Connect authorization code flow with PKCE (S256), {@code state} and
 * {@code nonce}, written with the Nimbus OAuth 2.0 / OIDC SDK: {@link #begin} makes the provider's
 * authorization URL and what the session must keep; {@link #complete} checks the callback, redeems
 * the code at the token endpoint (client_secret_basic) and validates the ID token (signature
 * against the provider's keys, issuer, audience, expiry, nonce) before mapping the groups to roles.
 */
class OidcFlow {

    /** What a callback this browser did not start (or whose session expired) is told. */
    static final String NOT_STARTED = "The sign-in was not started here or has expired. Please sign in again.";

    private static final Logger LOG = Logger.getLogger(OidcFlow.class.getName());

    /** Sends a token request to the provider and parses its answer. */
    @FunctionalInterface
    interface TokenEndpoint {
        TokenResponse exchange(TokenRequest request) throws IOException, ParseException;
    }

    /** What the session keeps between the redirect to the provider and the callback. */
    record Pending(String state, String nonce, String verifier, String redirectUri) implements Serializable {
    }

    /** The signed-in user: name and console roles. */
    record Identity(String name, Set<String> roles) {
    }

    /** A refused callback, with the message the sign-in page shows. */
    static class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final URI authorizationEndpoint;
    private final URI tokenEndpointUri;
    private final ClientID clientId;
    private final Secret secret;
    private final Scope scope;
    private final IDTokenValidator validator;
    private final TokenEndpoint tokenEndpoint;
    private final String rolesClaim;
    private final OidcRoles roles;

    OidcFlow(URI authorizationEndpoint, URI tokenEndpointUri, ClientID clientId, Secret secret, Scope scope,
             IDTokenValidator validator, TokenEndpoint tokenEndpoint, String rolesClaim, OidcRoles roles) {
        this.authorizationEndpoint = authorizationEndpoint;
        this.tokenEndpointUri = tokenEndpointUri;
        this.clientId = clientId;
        this.secret = secret;
        this.scope = scope;
        this.validator = validator;
        this.tokenEndpoint = tokenEndpoint;
        this.rolesClaim = rolesClaim;
        this.roles = roles;
    }

    /** A fresh state, nonce and code verifier, and the authorization request that carries them. */
    Pending begin(URI redirectUri) {
        return new Pending(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(),
                redirectUri.toString());
    }

    URI authorizationUri(Pending pending) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, scope, clientId, URI.create(pending.redirectUri()))
                .endpointURI(authorizationEndpoint)
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .codeChallenge(new CodeVerifier(pending.verifier()), CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** Checks the callback (its full URI with query) against what the session kept. */
    Identity complete(URI callback, Pending pending) throws Refused {
        if (pending == null) {
            throw new Refused(NOT_STARTED);
        }
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new Refused("The identity provider's answer could not be read. Please sign in again.");
        }
        if (response.getState() == null || !response.getState().getValue().equals(pending.state())) {
            LOG.info("OpenID sign-in refused: the callback's state does not match the session's");
            throw new Refused(NOT_STARTED);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = ((AuthenticationErrorResponse) response).getErrorObject();
            LOG.info(() -> "OpenID sign-in refused by the provider: " + error.getCode());
            throw new Refused("The identity provider refused the sign-in (" + error.getCode() + ").");
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new Refused("The identity provider's answer had no authorization code.");
        }
        TokenRequest request = new TokenRequest(tokenEndpointUri, new ClientSecretBasic(clientId, secret),
                new AuthorizationCodeGrant(code, URI.create(pending.redirectUri()), new CodeVerifier(pending.verifier())));
        TokenResponse tokens;
        try {
            tokens = tokenEndpoint.exchange(request);
        } catch (IOException | ParseException e) {
            LOG.warning(() -> "OpenID token request failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            throw new Refused("The identity provider could not be reached. Please try again.");
        }
        if (!tokens.indicatesSuccess()) {
            ErrorObject error = tokens.toErrorResponse().getErrorObject();
            LOG.info(() -> "OpenID token request refused: " + error.getCode() + " (" + error.getDescription() + ")");
            throw new Refused("The identity provider refused the sign-in (" + error.getCode() + ").");
        }
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken(),
                    new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException | ClassCastException e) {
            LOG.info(() -> "OpenID sign-in refused: invalid ID token: " + e.getMessage());
            throw new Refused("The identity provider's ID token is not valid. Please sign in again.");
        }
        Object name = claims.getClaim("preferred_username");
        String user = name instanceof String s && !s.isBlank() ? s : claims.getSubject().getValue();
        Set<String> granted = roles.of(OidcRoles.groups(claims.getClaim(rolesClaim))).orElseThrow(() -> {
            LOG.info(() -> "OpenID sign-in refused for user '" + user + "': in no group mapped to a console role");
            return new Refused("User '" + user + "' is in no group that may use the console.");
        });
        return new Identity(user, granted);
    }
}
