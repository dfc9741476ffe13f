package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;
import org.o2cbridge.platform.problem.ValidationProblems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads a request body into an {@link OrderEventBatch} and checks it against the contract: 400 for
 * a body that is not the contract's JSON, 422 naming every invalid field. Ids come back in their
 * 18-character form. Unknown properties are ignored, so a newer package can talk to this bridge.
 */
@ApplicationScoped
public class OrderEventReader {

    @Inject
    Jsonb jsonb;

    @Inject
    Validator validator;

    OrderEventBatch read(InputStream body) {
        String json = readText(body);
        if (json.isBlank()) {
            throw badRequest("The request body is empty; expected an order-event JSON object with \"orders\".");
        }
        OrderEventBatch batch;
        try {
            batch = jsonb.fromJson(json, OrderEventBatch.class);
        } catch (JsonbException e) {
            throw badRequest("The request body is not a valid order-event JSON document: " + rootMessage(e));
        }
        if (batch == null) {
            throw badRequest("The request body is JSON null; expected an order-event JSON object with \"orders\".");
        }
        Set<ConstraintViolation<OrderEventBatch>> violations = validator.validate(batch);
        if (!violations.isEmpty()) {
            throw ValidationProblems.of(violations);
        }
        return new OrderEventBatch(batch.orders().stream().map(OrderEvent::normalized).toList());
    }

    private static String readText(InputStream body) {
        if (body == null) {
            return "";
        }
        try {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }

    private static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "Bad Request", "malformed-request", detail));
    }

    /** Every distinct message down the cause chain: JSON-B names the property, the parser the character. */
    static String rootMessage(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : " ").append(message);
            }
        }
        return text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
    }
}
