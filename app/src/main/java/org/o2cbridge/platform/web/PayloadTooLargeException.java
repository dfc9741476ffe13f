package org.o2cbridge.platform.web;

import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;

/** A request body longer than the configured limit. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limit) {
        super(Problem.of(413, "Content Too Large", "body-too-large",
                "The request body exceeds the limit of " + limit + " bytes (o2c.api.max-body-bytes)."));
    }
}
