package org.o2cbridge.sandbox.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.o2cbridge.sandbox.platform.ProblemException;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;
import org.o2cbridge.sandbox.traffic.TrafficControl;

/**
 * Control API for the traffic of one simulated system, {@code /api/{system}/…}: the faults it
 * injects ({@code faults}), its concurrency limit and latency ({@code settings}), and its counters
 * ({@code stats}). Everything here returns to its configured start on {@code POST /api/reset}.
 */
@RequestScoped
@Path("api/{system}")
@Produces(MediaType.APPLICATION_JSON)
public class SystemControlResource {

    private static final Logger LOG = Logger.getLogger(SystemControlResource.class.getName());

    @Inject
    SandboxTraffic traffic;

    @Inject
    @Any
    Instance<SimulatedSystem> systems;

    @PathParam("system")
    String system;

    @GET
    @Path("faults")
    public JsonObject faults() {
        return control().faultPlan().toJson();
    }

    @PUT
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject planFaults(@NotNull(message = "a JSON body is required") JsonObject plan) {
        TrafficControl control = control();
        JsonObject applied = invalidAsProblem(() -> control.planFaults(plan)).toJson();
        LOG.info(() -> "Faults of " + system + ": " + applied);
        return applied;
    }

    @DELETE
    @Path("faults")
    public JsonObject clearFaults() {
        TrafficControl control = control();
        control.clearFaults();
        return control.faultPlan().toJson();
    }

    @GET
    @Path("settings")
    public JsonObject settings() {
        return control().settings().toJson();
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject changeSettings(@NotNull(message = "a JSON body is required") JsonObject changes) {
        TrafficControl control = control();
        control.changeSettings(invalidAsProblem(() -> control.settings().with(changes)));
        LOG.info(() -> "Settings of " + system + ": " + control.settings().toJson());
        return control.settings().toJson();
    }

    @GET
    @Path("stats")
    public JsonObject stats() {
        TrafficControl control = control();
        var simulated = systems.stream().filter(candidate -> candidate.systemName().equals(system)).findFirst();
        JsonObject stats = control.statsJson(simulated.map(SimulatedSystem::recordCounts).orElse(Map.of()));
        Map<String, Long> counters = simulated.map(SimulatedSystem::counters).orElse(Map.of());
        if (counters.isEmpty()) {
            return stats;
        }
        var withCounters = Json.createObjectBuilder(stats);
        counters.forEach(withCounters::add);
        return withCounters.build();
    }

    private TrafficControl control() {
        return traffic.find(system).orElseThrow(() -> ProblemException.notFound(
                "There is no simulated system '" + system + "'; known: " + traffic.systemNames()));
    }

    private static <T> T invalidAsProblem(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException | ClassCastException e) {
            throw ProblemException.invalidRequest(e.getMessage());
        }
    }
}
