package org.o2cbridge.sandbox.salesforce.auth;

/**
 * A JWT bearer assertion the token endpoint refuses. The reason lets tests tell refusals apart; the
 * description is what the endpoint answers as {@code error_description}.
 */
public class InvalidGrantException extends RuntimeException {

    /** Why an assertion was refused, each with the description the endpoint answers. */
    public enum Reason {
        MALFORMED("invalid assertion"),
        ALGORITHM("invalid assertion: the signing algorithm must be RS256"),
        SIGNATURE("invalid assertion: the signature does not match the connected app's certificate"),
        ISSUER("client identifier invalid"),
        SUBJECT("user hasn't approved this consumer"),
        AUDIENCE("audience is invalid"),
        EXPIRATION_MISSING("invalid assertion: the exp claim is required"),
        EXPIRED("invalid assertion: the assertion has expired"),
        EXPIRATION_TOO_FAR("invalid assertion: exp must be at most 3 minutes ahead");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public InvalidGrantException(Reason reason) {
        super(reason.description());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
