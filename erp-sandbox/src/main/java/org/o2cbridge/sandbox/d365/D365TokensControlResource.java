package org.o2cbridge.sandbox.d365;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.o2cbridge.sandbox.d365.auth.EntraTokens;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API of the simulated Entra ID: the lifetime of the access tokens issued from now on,
 * and ending every token issued so far ({@code POST api/d365/tokens/revoke}), so a client's
 * renew-on-401 path can be exercised.
 */
@RequestScoped
@Path("api/d365/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class D365TokensControlResource {
    @Inject
    EntraTokens tokens;

    /** The lifetime of tokens issued from now on: {@code {"lifetimeSeconds":3599}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject tokens(@NotNull(message = "a JSON body is required") JsonObject changes) {
        if (!(changes.get("lifetimeSeconds") instanceof jakarta.json.JsonNumber seconds) || seconds.intValue() < 1) {
            throw ProblemException.invalidRequest("lifetimeSeconds must be a whole number above 0");
        }
        tokens.changeLifetime(Duration.ofSeconds(seconds.longValue()));
        return Json.createObjectBuilder().add("lifetimeSeconds", tokens.lifetime().toSeconds()).build();
    }


    @POST
    @Path("revoke")
    public JsonObject revoke() {
        return Json.createObjectBuilder().add("revoked", tokens.revokeAll()).build();
    }
}
