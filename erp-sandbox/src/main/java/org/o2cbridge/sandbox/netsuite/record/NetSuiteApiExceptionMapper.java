package org.o2cbridge.sandbox.netsuite.record;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link NetSuiteApiException} with NetSuite's {@code o:errorDetails} body. */
@Provider
public class NetSuiteApiExceptionMapper implements ExceptionMapper<NetSuiteApiException> {

    @Override
    public Response toResponse(NetSuiteApiException exception) {
        return Response.status(exception.status())
                .type(NetSuiteMedia.ERROR)
                .entity(exception.body())
                .build();
    }
}
