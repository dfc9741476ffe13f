package org.o2cbridge.sandbox.salesforce.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.sandbox.platform.PemKeyFile.KeyFileException;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * The OAuth 2.0 token endpoint, {@code POST /services/oauth2/token}, for the JWT bearer flow only.
 * A valid assertion gets a session token and the instance URL the REST API lives under; a refused
 * one gets 400 {@code invalid_grant}, as Salesforce answers. No refresh token is issued.
 */
@RequestScoped
@Path("salesforce/services/oauth2/token")
public class TokenResource {

    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final Logger LOG = Logger.getLogger(TokenResource.class.getName());

    @Inject
    ConnectedApp connectedApp;

    @Inject
    AccessTokenRegistry tokens;

    @Inject
    SalesforceOrg org;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.instance-url")
    Optional<String> configuredInstanceUrl;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("assertion") String assertion) {
        if (!JWT_BEARER.equals(grantType)) {
            return error(400, "unsupported_grant_type", "grant type not supported");
        }
        try {
            String username = connectedApp.verifier().verify(assertion);
            LOG.info(() -> "Issued a session token to " + username);
            return Response.ok(granted().toString()).build();
        } catch (InvalidGrantException e) {
            LOG.info(() -> "Refused a JWT bearer assertion: " + e.reason());
            return error(400, "invalid_grant", e.getMessage());
        } catch (KeyFileException e) {
            LOG.warning(() -> "Cannot verify JWT bearer assertions: " + e.getMessage());
            return error(500, "server_error", e.getMessage());
        }
    }

    private JsonObject granted() {
        String instanceUrl = instanceUrl();
        return Json.createObjectBuilder()
                .add("access_token", tokens.issue(org.organizationId()))
                .add("scope", "id full api")
                .add("instance_url", instanceUrl)
                .add("id", instanceUrl + "/id/" + org.organizationId() + "/" + org.integrationUserId())
                .add("token_type", "Bearer")
                .add("issued_at", String.valueOf(System.currentTimeMillis()))
                .build();
    }

    private String instanceUrl() {
        return configuredInstanceUrl.map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElseGet(() -> uriInfo.getBaseUriBuilder().path("salesforce").build().toString());
    }

    private static Response error(int status, String error, String description) {
        String body = Json.createObjectBuilder().add("error", error).add("error_description", description).build().toString();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
