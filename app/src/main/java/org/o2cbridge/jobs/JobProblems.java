package org.o2cbridge.jobs;

import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;

/** The jobs admin API's refusals, with stable codes. */
final class JobProblems {

    private JobProblems() {
    }

    static ProblemException unknownJob(String name) {
        return new ProblemException(Problem.of(404, "Not Found", "unknown-job", "There is no job '" + name + "'."));
    }

    static ProblemException unknownExecution(long id) {
        return new ProblemException(Problem.of(404, "Not Found", "unknown-execution",
                "There is no execution " + id + " of a job of this application."));
    }

    static ProblemException invalidParameter(String detail) {
        return new ProblemException(Problem.of(400, "Bad Request", "invalid-job-parameter", detail));
    }

    static ProblemException notRestartable(long id, String why) {
        return new ProblemException(Problem.of(409, "Conflict", "execution-not-restartable",
                "Execution " + id + " cannot be restarted: " + why));
    }

    static ProblemException notRunning(long id) {
        return new ProblemException(Problem.of(409, "Conflict", "execution-not-running",
                "Execution " + id + " is not running, so it cannot be stopped."));
    }
}
