package org.o2cbridge.sandbox.d365.odata;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * An OData error as F&O answers it: {@code {"error":{"code","message","innererror":{…}}}}. Write
 * failures (validation, unknown item, missing company) are 500 with an
 * {@code AxODataWriteException} inner error whose message carries the Infolog text.
 */
public class ODataException extends RuntimeException {

    public static final String WRITE_EXCEPTION = "Microsoft.Dynamics.Platform.Integration.Services.OData.AxODataWriteException";

    private final int status;
    private final String innerType;

    private ODataException(int status, String message, String innerType) {
        super(message);
        this.status = status;
        this.innerType = innerType;
    }

    /** A write that F&O refused: 500 with {@code AxODataWriteException}. */
    public static ODataException writeFailed(String entityType, String infolog) {
        return new ODataException(500, "Write failed for table row of type '" + entityType + "'. Infolog: " + infolog,
                WRITE_EXCEPTION);
    }

    public static ODataException notFound(String what) {
        return new ODataException(404, "No HTTP resource was found that matches the request URI '" + what + "'.", null);
    }

    public static ODataException badRequest(String message) {
        return new ODataException(400, message, null);
    }

    public int status() {
        return status;
    }

    public JsonObject body() {
        var error = Json.createObjectBuilder().add("code", "");
        if (innerType == null) {
            error.add("message", getMessage());
        } else {
            error.add("message", "An error has occurred.").add("innererror", Json.createObjectBuilder()
                    .add("message", getMessage()).add("type", innerType).add("stacktrace", ""));
        }
        return Json.createObjectBuilder().add("error", error).build();
    }
}
