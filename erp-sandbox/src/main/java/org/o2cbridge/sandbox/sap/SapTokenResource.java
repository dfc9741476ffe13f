package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OAuth 2.0 token endpoint of the communication arrangement, {@code POST
 * /sap/bc/sec/oauth2/token}, for the client-credentials grant only. The client authenticates with
 * HTTP Basic (or {@code client_id}/{@code client_secret} form fields); a valid one gets a bearer
 * token with {@code expires_in}. Not subject to the API's traffic handling or fault injection.
 */
@RequestScoped
@Path("sap/sap/bc/sec/oauth2/token")
public class SapTokenResource {

    private static final Logger LOG = Logger.getLogger(SapTokenResource.class.getName());

    @Inject
    SapSessions sessions;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.sap.client-id", defaultValue = "o2c-demo-sap-client")
    String clientId;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.sap.client-secret", defaultValue = "o2c-demo-sap-secret")
    String clientSecret;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String formId,
                          @FormParam("client_secret") String formSecret, @HeaderParam("Authorization") String authorization) {
        String[] basic = basic(authorization);
        String id = basic != null ? basic[0] : formId;
        String secret = basic != null ? basic[1] : formSecret;
        if (id == null || secret == null || !same(id, clientId) || !same(secret, clientSecret)) {
            LOG.info(() -> "SAP token refused: unknown client or wrong secret");
            return error(401, "invalid_client", "Bad credentials");
        }
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "Unsupported grant type: " + grantType);
        }
        String token = sessions.issueAccessToken();
        return Response.ok(Json.createObjectBuilder().add("access_token", token).add("token_type", "bearer")
                .add("expires_in", sessions.tokenLifetime().toSeconds())
                .add("scope", "API_SALES_ORDER_SRV_0001 API_BUSINESS_PARTNER_0001").build().toString()).build();
    }

    private static Response error(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.createObjectBuilder()
                .add("error", error).add("error_description", description).build().toString()).build();
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
