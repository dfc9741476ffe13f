package org.o2cbridge.platform.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail as the API answers it ({@code application/problem+json}). {@code code}
 * is the bridge's stable machine-readable reason; {@code errors} names each bad field by JSON
 * pointer into the request body.
 */
public record Problem(String type, String title, int status, String detail, String code, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: where it is in the request body, and what is wrong with it. */
    public record FieldError(String pointer, String detail) {
    }

    public static Problem of(int status, String title, String code, String detail) {
        return new Problem(typeFor(code), title, status, detail, code, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, instance, List.copyOf(fieldErrors));
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, code, path, errors);
    }

    private static String typeFor(String code) {
        return code == null ? "about:blank" : "https://o2cbridge.org/problems/" + code;
    }
}
