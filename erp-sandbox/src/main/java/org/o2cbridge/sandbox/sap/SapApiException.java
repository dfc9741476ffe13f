package org.o2cbridge.sandbox.sap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;

/**
 * A refusal of an SAP OData call, answered in the shape of the service that refused it: OData v4
 * ({@code {"error":{"code","message","target","details":[…],"innererror":{}}}}) for the sales order
 * service, OData v2 ({@code message} as {@code {"lang","value"}}, details in
 * {@code innererror.errordetails}) for the business partner service.
 */
public class SapApiException extends RuntimeException {

    /** One entry of {@code details} / {@code errordetails}. */
    public record Detail(String code, String message, String target) {
    }

    private final int status;
    private final String code;
    private final String target;
    private final List<Detail> details;
    private final boolean v2;

    public SapApiException(int status, String code, String message, String target, List<Detail> details, boolean v2) {
        super(message);
        this.status = status;
        this.code = code;
        this.target = target;
        this.details = details;
        this.v2 = v2;
    }

    /** A v4 error of the sales order service. */
    public static SapApiException v4(int status, String code, String message, String target) {
        return new SapApiException(status, code, message, target, List.of(new Detail(code, message, target)), false);
    }

    /** A v2 error of the business partner service. */
    public static SapApiException v2(int status, String code, String message, String target) {
        return new SapApiException(status, code, message, target, List.of(new Detail(code, message, target)), true);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String body() {
        return (v2 ? v2Body() : v4Body()).toString();
    }

    private JsonObject v4Body() {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        details.forEach(d -> entries.add(detail(d).add("@Common.numericSeverity", 4)));
        JsonObjectBuilder error = Json.createObjectBuilder().add("code", code).add("message", getMessage());
        if (target != null) {
            error.add("target", target);
        }
        return Json.createObjectBuilder().add("error", error.add("details", entries)
                .add("innererror", Json.createObjectBuilder().add("ErrorDetails", Json.createObjectBuilder()
                        .add("@SAP__common.Application", Json.createObjectBuilder()
                                .add("ComponentId", "SD-SLS-API").add("ServiceRepository", "SRVD_A2X")
                                .add("ServiceId", "API_SALESORDER").add("ServiceVersion", "0001"))
                        .add("@SAP__common.TransactionId", UUID.randomUUID().toString().replace("-", ""))))).build();
    }

    private JsonObject v2Body() {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        details.forEach(d -> entries.add(detail(d).add("propertyref", "").add("severity", "error")));
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder()
                .add("code", code)
                .add("message", Json.createObjectBuilder().add("lang", "en").add("value", getMessage()))
                .add("innererror", Json.createObjectBuilder()
                        .add("application", Json.createObjectBuilder().add("component_id", "LO-MD-BP")
                                .add("service_namespace", "/SAP/").add("service_id", "API_BUSINESS_PARTNER")
                                .add("service_version", "0001"))
                        .add("transactionid", UUID.randomUUID().toString().replace("-", "").toUpperCase())
                        .add("errordetails", entries))).build();
    }

    private static JsonObjectBuilder detail(Detail d) {
        return Json.createObjectBuilder().add("code", d.code()).add("message", d.message())
                .add("target", d.target() == null ? "" : d.target());
    }
}
