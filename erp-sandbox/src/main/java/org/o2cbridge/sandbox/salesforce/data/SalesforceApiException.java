package org.o2cbridge.sandbox.salesforce.data;

import java.util.List;

/**
 * A refusal of a Salesforce REST call, carrying what the platform answers: an HTTP status and one
 * error with an {@code errorCode}, a message and, for field errors, the field names.
 */
public class SalesforceApiException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final List<String> fields;

    public SalesforceApiException(int status, String errorCode, String message, List<String> fields) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.fields = List.copyOf(fields);
    }

    public static SalesforceApiException notFound() {
        return new SalesforceApiException(404, "NOT_FOUND", "The requested resource does not exist", List.of());
    }

    public static SalesforceApiException invalidSession() {
        return new SalesforceApiException(401, "INVALID_SESSION_ID", "Session expired or invalid", List.of());
    }

    public static SalesforceApiException badRequest(String errorCode, String message, String field) {
        return new SalesforceApiException(400, errorCode, message, field == null ? List.of() : List.of(field));
    }

    static SalesforceApiException parserError(String kind, String token, String value) {
        return badRequest("JSON_PARSER_ERROR", "Cannot deserialize instance of " + kind + " from " + token
                + " value " + value + " or request may be missing a required field", null);
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public List<String> fields() {
        return fields;
    }
}
