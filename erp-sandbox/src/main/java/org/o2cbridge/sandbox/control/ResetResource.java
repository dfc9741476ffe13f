package org.o2cbridge.sandbox.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * {@code POST /api/reset}: clears the state of every simulated system at once, so that each test
 * or demo can start from an empty sandbox. Answers the names of the systems that were reset.
 */
@Path("api/reset")
@RequestScoped
public class ResetResource {

    private static final Logger LOG = Logger.getLogger(ResetResource.class.getName());

    @Inject
    @Any
    Instance<SimulatedSystem> systems;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject reset() {
        List<String> names = new ArrayList<>();
        for (SimulatedSystem system : systems) {
            system.reset();
            names.add(system.systemName());
        }
        names.sort(null);
        LOG.info(() -> "Sandbox reset: " + names);
        return Json.createObjectBuilder().add("reset", Json.createArrayBuilder(names)).build();
    }
}
