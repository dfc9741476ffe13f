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

    static ProblemException noReport(long id, String job) {
        return new ProblemException(Problem.of(404, "Not Found", "no-report",
                "Execution " + id + " is a run of " + job + ", which keeps no report; the reconciliation does."));
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

    static ProblemException startUnderWay(String job) {
        return new ProblemException(Problem.of(409, "Conflict", "job-start-under-way",
                "Another start of '" + job + "' is under way; look at its executions."));
    }

    static ProblemException alreadyRunning(String job, long executionId) {
        return new ProblemException(Problem.of(409, "Conflict", "job-already-running",
                "'" + job + "' is running (execution " + executionId + "); a job never runs twice at once."));
    }

    static ProblemException notStale(long executionId, String status) {
        return new ProblemException(Problem.of(409, "Conflict", "execution-not-stale",
                "Execution " + executionId + " is " + status + " and its bridge instance is alive: only a stale "
                        + "execution (left running by a stopped instance) is resumed."));
    }

    static ProblemException alreadyResumed(long executionId, long resumedAs) {
        return new ProblemException(Problem.of(409, "Conflict", "execution-already-resumed",
                "Execution " + executionId + " was resumed already, as execution " + resumedAs + "."));
    }
}
