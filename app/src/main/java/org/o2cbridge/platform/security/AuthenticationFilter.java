package org.o2cbridge.platform.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.o2cbridge.platform.problem.Problem;

/**
 * Refuses requests to {@link Authenticated} resources that carry no verified bearer token.
 * MicroProfile JWT verifies a token that is present (signature, issuer, audience, expiry) and
 * answers 401 itself when it is bad; this filter closes the remaining gap, the request without one.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            Problem problem = Problem.of(401, "Unauthorized", "unauthenticated",
                    "A valid bearer token is required: an RS256 JWT signed with the configured key, "
                            + "from the configured issuer, for this bridge's audience, not expired.")
                    .withInstance("/" + request.getUriInfo().getPath());
            request.abortWith(Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"o2c-bridge\"")
                    .type(Problem.MEDIA_TYPE).entity(problem).build());
        }
    }
}
