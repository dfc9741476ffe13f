package org.o2cbridge.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.o2cbridge.platform.problem.Problem;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Lets only callers with a valid bearer token use the {@link Authenticated} resources (the order
 * API): the token is checked by {@link BearerTokens} (signature, issuer, audience, expiry); a
 * request without one, or with a bad one, is answered 401 with {@code WWW-Authenticate: Bearer}.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Inject
    BearerTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<BearerTokenVerifier.Caller> caller = tokens.callerOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (caller.isEmpty()) {
            Problem problem = Problem.of(401, "Unauthorized", "unauthenticated",
                    "A valid bearer token is required: an RS256 JWT signed with the configured key, "
                            + "from the configured issuer, for this bridge's audience, not expired.")
                    .withInstance("/" + request.getUriInfo().getPath());
            request.abortWith(Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"o2c-bridge\"")
                    .type(Problem.MEDIA_TYPE).entity(problem).build());
            return;
        }
        request.setSecurityContext(new BearerSecurityContext(caller.get().name(), caller.get().groups(),
                request.getSecurityContext().isSecure()));
    }

    /** The caller a bearer token proved. */
    record BearerSecurityContext(String name, Set<String> groups, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return () -> name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return groups.contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
