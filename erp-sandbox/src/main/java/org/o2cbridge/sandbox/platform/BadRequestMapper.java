package org.o2cbridge.sandbox.platform;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a request the server could not even read (such as an empty JSON body) as a 400 problem. */
@Provider
public class BadRequestMapper implements ExceptionMapper<BadRequestException> {

    @Override
    public Response toResponse(BadRequestException exception) {
        return Problems.response(ProblemException.invalidRequest("the request body is missing or cannot be read"));
    }
}
