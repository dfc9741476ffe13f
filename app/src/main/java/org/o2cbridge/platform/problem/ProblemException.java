package org.o2cbridge.platform.problem;

/**
 * A business failure that the API answers as problem+json. Capabilities throw subclasses or
 * instances of it with a stable code; one mapper turns it into the response.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
