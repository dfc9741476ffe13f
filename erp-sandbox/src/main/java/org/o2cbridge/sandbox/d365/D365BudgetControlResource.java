package org.o2cbridge.sandbox.d365;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API: the simulated environment's user-based request limit.
 */
@RequestScoped
@Path("api/d365/budget")
@Produces(MediaType.APPLICATION_JSON)
public class D365BudgetControlResource {
    @Inject
    D365Simulator simulator;

    @GET
    public JsonObject budget() {
        return simulator.budget().limit().toJson();
    }

    /** The user-based request limit: {@code {"requests":100,"windowSeconds":10}} (0 requests = none). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject changeBudget(@NotNull(message = "a JSON body is required") JsonObject changes) {
        RequestBudget budget = simulator.budget();
        try {
            budget.change(budget.limit().with(changes));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidRequest(e.getMessage());
        }
        return budget.limit().toJson();
    }

}
