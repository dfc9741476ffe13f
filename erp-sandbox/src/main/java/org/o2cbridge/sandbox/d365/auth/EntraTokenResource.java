package org.o2cbridge.sandbox.d365.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Entra ID's token endpoint for the client-credentials grant, in both shapes F&O clients use:
 * v2 ({@code POST /d365/{tenant}/oauth2/v2.0/token} with {@code scope=<environment>/.default}) and
 * v1 ({@code POST /d365/{tenant}/oauth2/token} with {@code resource=<environment>}, no trailing
 * slash). The token's audience is the environment URL. Refusals are 400 (401 for a bad client)
 * with Entra's {@code error}, {@code error_description} (an AADSTS text) and {@code error_codes}.
 */
@RequestScoped
@Path("d365/{tenant}/oauth2")
public class EntraTokenResource {

    private static final Logger LOG = Logger.getLogger(EntraTokenResource.class.getName());

    @Inject
    EntraTokens tokens;

    @Inject
    EntraClient client;

    @PathParam("tenant")
    String tenant;

    @POST
    @Path("v2.0/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response v2(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                       @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope) {
        tokens.requested();
        if (scope == null || !scope.endsWith("/.default")) {
            return error(400, "invalid_scope", 70011, "The provided value for the input parameter 'scope' is not "
                    + "valid. The scope " + scope + " is not valid.");
        }
        return grant(grantType, clientId, clientSecret, scope.substring(0, scope.length() - "/.default".length()));
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response v1(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                       @FormParam("client_secret") String clientSecret, @FormParam("resource") String resource) {
        tokens.requested();
        if (resource == null || resource.isBlank() || resource.endsWith("/")) {
            return error(400, "invalid_resource", 500011, "The resource principal named " + resource
                    + " was not found in the tenant (a resource must not end with a slash).");
        }
        return grant(grantType, clientId, clientSecret, resource);
    }

    private Response grant(String grantType, String clientId, String clientSecret, String audience) {
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type '"
                    + grantType + "'.");
        }
        if (!client.isTenant(tenant)) {
            return error(400, "invalid_request", 90002, "Tenant '" + tenant + "' not found.");
        }
        if (!client.matches(clientId, clientSecret)) {
            LOG.info(() -> "Refused a client-credentials request for client " + clientId);
            return error(401, "invalid_client", 7000215, "Invalid client secret provided.");
        }
        long lifetime = tokens.lifetime().toSeconds();
        String token = tokens.issue(audience);
        LOG.info(() -> "Issued an access token for " + audience);
        return Response.ok(Json.createObjectBuilder().add("token_type", "Bearer").add("expires_in", lifetime)
                .add("ext_expires_in", lifetime).add("access_token", token).build().toString(),
                MediaType.APPLICATION_JSON).build();
    }

    private static Response error(int status, String error, int code, String description) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("error", error)
                .add("error_description", "AADSTS" + code + ": " + description)
                .add("error_codes", Json.createArrayBuilder().add(code))
                .add("timestamp", Instant.now().toString())
                .add("trace_id", UUID.randomUUID().toString())
                .add("correlation_id", UUID.randomUUID().toString());
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.build().toString()).build();
    }
}
