package org.o2cbridge.platform.problem;

import jakarta.ws.rs.core.Response;

/** Builds the HTTP response for a problem, so every mapper answers the same shape. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
