package org.o2cbridge.sandbox.salesforce.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Control call {@code POST /api/salesforce/tokens/revoke}: ends every session at once, as an admin
 * revoking the connected app's tokens would, so the next REST call answers 401.
 */
@RequestScoped
@Path("api/salesforce/tokens/revoke")
public class TokenControlResource {

    @Inject
    AccessTokenRegistry tokens;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject revokeAll() {
        return Json.createObjectBuilder().add("revoked", tokens.revokeAll()).build();
    }
}
