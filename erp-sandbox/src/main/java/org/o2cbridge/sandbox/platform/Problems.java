package org.o2cbridge.sandbox.platform;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/**
 * Builds {@code application/problem+json} responses (RFC 9457) for the control API, so that every
 * mapper answers in the same shape: {@code type}, {@code title}, {@code status}, {@code detail}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://o2cbridge.org/problems/sandbox/";

    private Problems() {
    }

    public static Response response(ProblemException problem) {
        return response(problem.status(), problem.slug(), problem.title(), problem.detail());
    }

    public static Response response(int status, String slug, String title, String detail) {
        var body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build();
        return Response.status(status).type(MEDIA_TYPE).entity(body.toString()).build();
    }
}
