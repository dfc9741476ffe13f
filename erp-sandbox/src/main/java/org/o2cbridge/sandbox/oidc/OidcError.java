package org.o2cbridge.sandbox.oidc;

/**
 * A refusal of the simulated OpenID provider in the shape of RFC 6749 section 5.2: the
 * {@code error} code, its description and the HTTP status the token endpoint answers with
 * ({@code invalid_client} is 401, the others 400).
 */
public class OidcError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final int status;

    OidcError(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    static OidcError invalidRequest(String description) {
        return new OidcError(400, "invalid_request", description);
    }

    static OidcError invalidGrant(String description) {
        return new OidcError(400, "invalid_grant", description);
    }

    static OidcError invalidClient(String description) {
        return new OidcError(401, "invalid_client", description);
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }
}
