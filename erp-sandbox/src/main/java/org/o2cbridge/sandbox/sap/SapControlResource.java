package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API of the SAP simulator's security sessions, {@code /api/sap/sessions/…} (sandbox only):
 * end every CSRF session or access token now, and change the CSRF token lifetime, so tests can
 * drive a client's re-fetch and renewal paths.
 */
@RequestScoped
@Path("api/sap/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SapControlResource {

    @Inject
    SapSessions sessions;

    @POST
    @Path("csrf/expire")
    public JsonObject expireCsrfTokens() {
        return Json.createObjectBuilder().add("expired", sessions.expireCsrfTokens()).build();
    }

    @PUT
    @Path("csrf")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject csrfLifetime(JsonObject settings) {
        if (settings == null || !(settings.get("lifetimeSeconds") instanceof JsonNumber seconds) || seconds.longValue() < 1) {
            throw ProblemException.invalidRequest("Give {\"lifetimeSeconds\": n} with n at least 1");
        }
        sessions.csrfLifetime(Duration.ofSeconds(seconds.longValue()));
        return Json.createObjectBuilder().add("lifetimeSeconds", sessions.csrfLifetime().toSeconds()).build();
    }

    @POST
    @Path("tokens/revoke")
    public JsonObject revokeTokens() {
        return Json.createObjectBuilder().add("revoked", sessions.revokeAccessTokens()).build();
    }
}
