package org.o2cbridge.sandbox.oidc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The OpenID provider's HTTP side under {@code /oidc}: discovery, JWKS, the authorization
 * endpoint (a plain HTML login form for the demo users) and the token endpoint (client_secret_basic
 * or client_secret_post).
 */
@RequestScoped
@Path("oidc")
public class OidcResource {

    private static final Logger LOG = Logger.getLogger(OidcResource.class.getName());

    @Inject
    OidcSimulator simulator;

    @Context
    UriInfo uri;

    @GET
    @Path(".well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public String discovery() {
        String issuer = issuer();
        JsonArrayBuilder scopes = Json.createArrayBuilder().add("openid").add("profile").add("email");
        return Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("authorization_endpoint", issuer + "/authorize")
                .add("token_endpoint", issuer + "/token")
                .add("jwks_uri", issuer + "/jwks")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("scopes_supported", scopes)
                .add("grant_types_supported", Json.createArrayBuilder().add("authorization_code"))
                .add("token_endpoint_auth_methods_supported",
                        Json.createArrayBuilder().add("client_secret_basic").add("client_secret_post"))
                .add("code_challenge_methods_supported", Json.createArrayBuilder().add("S256"))
                .add("claims_supported", Json.createArrayBuilder().add("sub").add("iss").add("aud").add("exp")
                        .add("iat").add("nonce").add("name").add("preferred_username").add("groups"))
                .build().toString();
    }

    @GET
    @Path("jwks")
    @Produces("application/jwk-set+json")
    public String jwks() {
        return simulator.provider().publicKeys().toString();
    }

    @GET
    @Path("authorize")
    @Produces(MediaType.TEXT_HTML)
    public Response authorize(@QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
                              @QueryParam("response_type") String responseType, @QueryParam("scope") String scope,
                              @QueryParam("state") String state, @QueryParam("nonce") String nonce,
                              @QueryParam("code_challenge") String challenge,
                              @QueryParam("code_challenge_method") String challengeMethod) {
        AuthorizationRequest request = new AuthorizationRequest(clientId, redirectUri, responseType, scope, state, nonce,
                challenge, challengeMethod);
        return checked(request, () -> page(request, null));
    }

    @POST
    @Path("authorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("client_id") String clientId, @FormParam("redirect_uri") String redirectUri,
                           @FormParam("response_type") String responseType, @FormParam("scope") String scope,
                           @FormParam("state") String state, @FormParam("nonce") String nonce,
                           @FormParam("code_challenge") String challenge,
                           @FormParam("code_challenge_method") String challengeMethod,
                           @FormParam("username") String username, @FormParam("password") String password) {
        AuthorizationRequest request = new AuthorizationRequest(clientId, redirectUri, responseType, scope, state, nonce,
                challenge, challengeMethod);
        return checked(request, () -> {
            OidcProvider.User user = simulator.provider().authenticate(username, password);
            if (user == null) {
                LOG.info(() -> "Sandbox OpenID sign-in refused for user '" + username + "'");
                return page(request, "Wrong user name or password.");
            }
            String code = simulator.provider().issueCode(user, clientId, redirectUri, challenge, nonce, scope);
            UriBuilder back = UriBuilder.fromUri(redirectUri).queryParam("code", code);
            if (state != null) {
                back.queryParam("state", state);
            }
            return Response.seeOther(back.build()).build();
        });
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("code") String code,
                          @FormParam("redirect_uri") String redirectUri, @FormParam("code_verifier") String verifier,
                          @FormParam("client_id") String formId, @FormParam("client_secret") String formSecret,
                          @HeaderParam("Authorization") String authorization) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        try {
            String[] basic = basic(authorization);
            OidcProvider.Tokens tokens = simulator.provider().token(basic != null ? basic[0] : formId,
                    basic != null ? basic[1] : formSecret, grantType, code, redirectUri, verifier, issuer());
            return Response.ok(Json.createObjectBuilder().add("access_token", tokens.accessToken())
                    .add("token_type", "Bearer").add("expires_in", tokens.expiresIn()).add("id_token", tokens.idToken())
                    .add("scope", tokens.scope() == null ? "openid" : tokens.scope()).build().toString())
                    .cacheControl(noStore).header("Pragma", "no-cache").build();
        } catch (OidcError e) {
            LOG.info(() -> "Sandbox OpenID token refused: " + e.error() + " (" + e.getMessage() + ")");
            Response.ResponseBuilder answer = Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .cacheControl(noStore).entity(Json.createObjectBuilder().add("error", e.error())
                            .add("error_description", e.getMessage()).build().toString());
            if (e.status() == 401) {
                answer.header("WWW-Authenticate", "Basic realm=\"sandbox-oidc\"");
            }
            return answer.build();
        }
    }

    private record AuthorizationRequest(String clientId, String redirectUri, String responseType, String scope,
                                        String state, String nonce, String challenge, String challengeMethod) {
    }

    private Response checked(AuthorizationRequest request, java.util.function.Supplier<Response> then) {
        try {
            simulator.provider().checkClientAndRedirect(request.clientId(), request.redirectUri());
        } catch (OidcError e) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(html("Sign-in error", "<p id=\"error\">" + escape(e.getMessage()) + "</p>")).build();
        }
        try {
            simulator.provider().checkRequest(request.responseType(), request.scope(), request.challenge(),
                    request.challengeMethod());
        } catch (OidcError e) {
            UriBuilder back = UriBuilder.fromUri(request.redirectUri()).queryParam("error", e.error())
                    .queryParam("error_description", e.getMessage());
            if (request.state() != null) {
                back.queryParam("state", request.state());
            }
            return Response.seeOther(back.build()).build();
        }
        return then.get();
    }

    private Response page(AuthorizationRequest request, String message) {
        StringBuilder body = new StringBuilder("<form method=\"post\" action=\"").append(escape(issuer() + "/authorize"))
                .append("\">");
        if (message != null) {
            body.append("<p id=\"error\" role=\"alert\">").append(escape(message)).append("</p>");
        }
        hidden(body, "client_id", request.clientId());
        hidden(body, "redirect_uri", request.redirectUri());
        hidden(body, "response_type", request.responseType());
        hidden(body, "scope", request.scope());
        hidden(body, "state", request.state());
        hidden(body, "nonce", request.nonce());
        hidden(body, "code_challenge", request.challenge());
        hidden(body, "code_challenge_method", request.challengeMethod());
        body.append("<p><label for=\"username\">User name</label> <input id=\"username\" name=\"username\" autocomplete=\"username\"></p>")
                .append("<p><label for=\"password\">Password</label> <input id=\"password\" name=\"password\" type=\"password\"></p>")
                .append("<p><button id=\"sign-in\" type=\"submit\">Sign in</button></p></form>");
        return Response.ok(html("Sandbox OpenID provider", body.toString())).type(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    private static void hidden(StringBuilder body, String name, String value) {
        if (value != null) {
            body.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value)).append("\">");
        }
    }

    private static String html(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private String issuer() {
        return simulator.configuredIssuer().orElseGet(() -> uri.getBaseUri().toString().replaceAll("/+$", "") + "/oidc");
    }

    /** HTTP Basic client credentials, form-urlencoded as RFC 6749 section 2.3.1 says. */
    static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
