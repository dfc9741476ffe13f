package org.o2cbridge.sandbox.salesforce.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The outcome of one order-event delivery attempt: the bridge's HTTP status and body, or the
 * reason no answer came. Connection failures and 5xx answers are worth retrying; other answers are
 * final.
 */
public record CalloutResult(int httpStatus, JsonValue body, String error) {

    /** Starts the error of a failure that happened before anything was sent, such as a missing key. */
    static final String UNSENDABLE = "not sent: ";

    public static CalloutResult answered(int httpStatus, JsonValue body) {
        return new CalloutResult(httpStatus, body, null);
    }

    public static CalloutResult unanswered(String error) {
        return new CalloutResult(0, null, error);
    }

    public boolean delivered() {
        return httpStatus >= 200 && httpStatus < 300;
    }

    public boolean retryable() {
        return (httpStatus == 0 && error != null && !error.startsWith(UNSENDABLE)) || httpStatus >= 500;
    }

    /** A one-line reason for the order's ERP_Sync_Error__c. */
    public String reason() {
        if (httpStatus == 0) {
            return error;
        }
        String detail;
        if (body instanceof JsonObject problem) {
            detail = problem.getString("detail", problem.getString("title", problem.toString()));
        } else if (body instanceof JsonString text) {
            detail = text.getString().stripLeading().startsWith("<") ? "(an HTML page)" : text.getString();
        } else {
            detail = String.valueOf(body);
        }
        return "HTTP " + httpStatus + ": " + detail;
    }

    public JsonObjectBuilder toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (httpStatus == 0) {
            json.add("error", error);
        } else {
            json.add("httpStatus", httpStatus).add("body", body == null ? JsonValue.NULL : body);
        }
        return json;
    }
}
