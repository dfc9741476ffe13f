package org.o2cbridge.outbox;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * Admin API of the dead-letter queue, for operators: list letters with their reason and payload,
 * read one (also once replayed, with its payload edits), correct a letter's payload, replay one or
 * many, resolve one with a comment.
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

    /** One edit of a letter's payload as the API shows it. */
    public record PayloadEdit(Instant editedAt, String editedBy, String comment, String oldPayload,
                              String newPayload) {
    }

    /** A letter with the history of its payload edits. */
    public record LetterWithEdits(DeadLetter letter, List<PayloadEdit> payloadEdits) {
    }

    @GET
    @Path("{id}")
    public LetterWithEdits get(@PathParam("id") long id) {
        return new LetterWithEdits(deadLetters.find(id), deadLetters.editsOf(id).stream()
                .map(e -> new PayloadEdit(e.editedAt(), e.editedBy(), e.comment(), e.oldPayload(), e.newPayload()))
                .toList());
    }

    /**
     * Corrects an open letter's payload: {@code {"payload": {...}, "comment": "why"}} (the payload
     * may also be given as a JSON string). 400 when the body or the payload is not what the work
     * needs, 409 when the work is not an open dead letter; nothing changes then.
     */
    @PUT
    @Path("{id}/payload")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeadLetter editPayload(@PathParam("id") long id, String body, @Context SecurityContext operator) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw DeadLetterService.badPayload("The request body is not a JSON object: " + e.getMessage()
                    + ". Expected {\"payload\": {...}, \"comment\": \"why\"}.");
        }
        JsonValue payload = request.get("payload");
        if (payload == null || payload.getValueType() == JsonValue.ValueType.NULL) {
            throw DeadLetterService.badPayload(
                    "Give the corrected payload: {\"payload\": {...}, \"comment\": \"why\"}.");
        }
        String text = payload instanceof JsonString string ? string.getString() : payload.toString();
        JsonValue comment = request.get("comment");
        String why = comment instanceof JsonString string ? string.getString() : null;
        return deadLetters.editPayload(id, text, operator.getUserPrincipal().getName(), why);
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
