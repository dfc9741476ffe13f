package org.o2cbridge.sandbox.sap;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link SapApiException} with SAP's OData error body. */
@Provider
public class SapApiExceptionMapper implements ExceptionMapper<SapApiException> {

    @Override
    public Response toResponse(SapApiException exception) {
        return Response.status(exception.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(exception.body()).build();
    }
}
