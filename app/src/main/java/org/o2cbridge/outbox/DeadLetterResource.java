package org.o2cbridge.outbox;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;
import org.o2cbridge.platform.security.OperatorOnly;

import java.util.List;

/**
 * Admin API of the dead-letter queue, for operators: list letters with their reason and payload,
 * replay one or many, resolve one with a comment.
 */
@Path("v1/admin/dead-letters")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @Inject
    DeadLetterService deadLetters;

    /** Several letters to replay at once. */
    public record ReplayRequest(List<Long> ids) {
    }

    /** Why a letter is closed without a replay. */
    public record ResolveRequest(String comment) {
    }

    @GET
    public List<DeadLetter> list(@QueryParam("system") String system,
                                 @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(system, limit);
    }

    @POST
    @Path("{id}/replay")
    public DeadLetter replay(@PathParam("id") long id, @Context SecurityContext operator) {
        return deadLetters.replay(id, operator.getUserPrincipal().getName());
    }

    @POST
    @Path("replay")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<DeadLetter> replayMany(ReplayRequest request, @Context SecurityContext operator) {
        if (request == null || request.ids() == null || request.ids().isEmpty()) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "validation-failed",
                    "Give the ids of the dead letters to replay: {\"ids\": [1, 2]}."));
        }
        String by = operator.getUserPrincipal().getName();
        return request.ids().stream().map(id -> deadLetters.replay(id, by)).toList();
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeadLetter resolve(@PathParam("id") long id, ResolveRequest request, @Context SecurityContext operator) {
        if (request == null || request.comment() == null || request.comment().isBlank()) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "validation-failed",
                    "Say why the letter is resolved: {\"comment\": \"...\"}."));
        }
        return deadLetters.resolve(id, operator.getUserPrincipal().getName(), request.comment());
    }
}
