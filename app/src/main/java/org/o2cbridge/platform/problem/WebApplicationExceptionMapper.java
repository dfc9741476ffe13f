package org.o2cbridge.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the JAX-RS runtime's own failures (unknown path, wrong method, unsupported media type, a body
 * that cannot be read) the same problem+json shape as the bridge's business failures.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.StatusType statusType = original.getStatusInfo();
        String code = statusType.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Problem problem = Problem.of(status, statusType.getReasonPhrase(), code, detailOf(exception, statusType))
                .withInstance("/" + uriInfo.getPath());
        Response.ResponseBuilder answer = Response.fromResponse(original).entity(problem).type(Problem.MEDIA_TYPE);
        return answer.build();
    }

    private static String detailOf(WebApplicationException exception, Response.StatusType statusType) {
        String message = exception.getMessage();
        return message == null || message.startsWith("HTTP ") ? statusType.getReasonPhrase() : message;
    }
}
