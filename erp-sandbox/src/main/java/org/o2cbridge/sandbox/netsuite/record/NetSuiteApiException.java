package org.o2cbridge.sandbox.netsuite.record;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * A refusal of a NetSuite REST call, answered as NetSuite does: an RFC 7807-like body with
 * {@code type}, {@code title}, {@code status} and one {@code o:errorDetails} entry holding the
 * {@code detail}, the {@code o:errorCode} and, for a field, the {@code o:errorPath}.
 */
public class NetSuiteApiException extends RuntimeException {

    private static final String RFC2616 = "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html";

    private final int status;
    private final String errorCode;
    private final String errorPath;

    public NetSuiteApiException(int status, String errorCode, String detail, String errorPath) {
        super(detail);
        this.status = status;
        this.errorCode = errorCode;
        this.errorPath = errorPath;
    }

    /** {@code You have entered an Invalid Field Value X for the following field: f}. */
    public static NetSuiteApiException invalidFieldValue(String value, String field, String path) {
        return new NetSuiteApiException(400, "INVALID_CONTENT", "Error while accessing resource: You have entered an "
                + "Invalid Field Value " + value + " for the following field: " + field, path);
    }

    public static NetSuiteApiException invalidContent(String detail, String path) {
        return new NetSuiteApiException(400, "INVALID_CONTENT", detail, path);
    }

    public static NetSuiteApiException nonexistentId() {
        return new NetSuiteApiException(404, "NONEXISTENT_ID",
                "The record instance does not exist. Provide a valid record instance ID.", null);
    }

    public static NetSuiteApiException invalidLogin() {
        return new NetSuiteApiException(401, "INVALID_LOGIN", "Invalid login attempt. For more details, see the Login "
                + "Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.", null);
    }

    public static NetSuiteApiException requestLimitExceeded() {
        return new NetSuiteApiException(429, "SSS_REQUEST_LIMIT_EXCEEDED",
                "Concurrent request limit exceeded. Request blocked.", null);
    }

    public static NetSuiteApiException unavailable() {
        return new NetSuiteApiException(503, "SERVICE_UNAVAILABLE",
                "The service is temporarily unavailable. Try again later.", null);
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    /** The response body, exactly as NetSuite shapes it. */
    public String body() {
        JsonObjectBuilder detail = Json.createObjectBuilder()
                .add("detail", getMessage())
                .add("o:errorCode", errorCode);
        if (errorPath != null) {
            detail.add("o:errorPath", errorPath);
        }
        return Json.createObjectBuilder()
                .add("type", type())
                .add("title", title())
                .add("status", status)
                .add("o:errorDetails", Json.createArrayBuilder().add(detail))
                .build().toString();
    }

    private String type() {
        return switch (status) {
            case 400 -> RFC2616 + "#sec10.4.1";
            case 404 -> RFC2616 + "#sec10.4.5";
            case 405 -> RFC2616 + "#sec10.4.6";
            case 429 -> "https://tools.ietf.org/html/rfc6585#section-4";
            case 503 -> RFC2616 + "#sec10.5.4";
            default -> RFC2616;
        };
    }

    private String title() {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
