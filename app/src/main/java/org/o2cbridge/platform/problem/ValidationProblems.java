package org.o2cbridge.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns Bean Validation's violations into a 422 problem whose errors name each bad field by JSON
 * pointer into the request body ({@code /orders/0/lines/1/quantity}), the way a caller reads it.
 */
public final class ValidationProblems {

    private ValidationProblems() {
    }

    public static ProblemException of(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = errorsOf(violations);
        return new ProblemException(Problem.of(422, "Unprocessable Content", "validation-failed",
                "The request is well-formed JSON but not a valid order event: " + summaryOf(errors)).withErrors(errors));
    }

    /** Each violation as a field error named by JSON pointer, sorted. */
    public static List<Problem.FieldError> errorsOf(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(pointerOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::pointer).thenComparing(Problem.FieldError::detail))
                .toList();
    }

    /** The one bad field with what is wrong, or how many there are. */
    public static String summaryOf(List<Problem.FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).pointer() + " " + errors.get(0).detail()
                : errors.size() + " fields are invalid; see errors.";
    }

    static String pointerOf(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            boolean named = node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN;
            if (named) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
