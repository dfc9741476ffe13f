package org.o2cbridge.sandbox.salesforce.data;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link SalesforceApiException} as Salesforce does: a JSON array of error objects. */
@Provider
public class SalesforceApiExceptionMapper implements ExceptionMapper<SalesforceApiException> {

    @Override
    public Response toResponse(SalesforceApiException exception) {
        return response(exception);
    }

    public static Response response(SalesforceApiException exception) {
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("message", exception.getMessage())
                .add("errorCode", exception.errorCode());
        if (!exception.fields().isEmpty()) {
            error.add("fields", Json.createArrayBuilder(exception.fields()));
        }
        String body = Json.createArrayBuilder().add(error).build().toString();
        return Response.status(exception.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
