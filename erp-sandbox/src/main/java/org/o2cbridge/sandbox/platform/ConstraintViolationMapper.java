package org.o2cbridge.sandbox.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * Answers Bean Validation failures of control API requests as one 400 problem whose detail lists
 * each offending property, so a caller sees all mistakes of a request at once.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        String detail = exception.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return Problems.response(ProblemException.invalidRequest(detail));
    }

    private static String describe(ConstraintViolation<?> violation) {
        String property = violation.getPropertyPath().toString().replaceFirst("^[^.]+\\.[^.]+\\.?", "");
        return (property.isEmpty() ? "body" : property) + ": " + violation.getMessage();
    }
}
