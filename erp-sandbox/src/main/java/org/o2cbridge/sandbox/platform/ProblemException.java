package org.o2cbridge.sandbox.platform;

/**
 * A failure of a control API call that the caller can act on, answered as an RFC 9457 problem.
 * The {@code type} is a stable slug under the sandbox's problem namespace, so tests can tell
 * problems apart without parsing the human-readable detail.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemException invalidRequest(String detail) {
        return new ProblemException(400, "invalid-request", "The request is not valid", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "No such record", detail);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
