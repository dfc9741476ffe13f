package org.o2cbridge.platform.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.o2cbridge.platform.problem.Problem;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;

/**
 * Signs users in on the admin API with HTTP Basic credentials checked by Jakarta Security's
 * identity stores (the {@link ConfiguredIdentityStore}), and lets only a user with the required role
 * through: 401 without valid credentials, 403 for a user without the role. The order API's bearer
 * tokens are checked by {@link AuthenticationFilter}; these filters serve the human side.
 */
abstract class BasicAuthenticationFilter implements ContainerRequestFilter {

    private final String requiredRole;

    @Inject
    IdentityStoreHandler identityStores;

    BasicAuthenticationFilter(String requiredRole) {
        this.requiredRole = requiredRole;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        UsernamePasswordCredential credential = basicCredential(header);
        CredentialValidationResult result = credential == null
                ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            request.abortWith(problem(request, 401, "Unauthorized", "unauthenticated",
                    "Sign in with the user name and password of an O2C Bridge user with the " + requiredRole
                            + " role (HTTP Basic)."));
            return;
        }
        Set<String> roles = result.getCallerGroups();
        if (!roles.contains(requiredRole)) {
            request.abortWith(problem(request, 403, "Forbidden", "forbidden",
                    "User '" + result.getCallerPrincipal().getName() + "' lacks the " + requiredRole + " role."));
            return;
        }
        request.setSecurityContext(new OperatorSecurityContext(result.getCallerPrincipal(), roles,
                request.getSecurityContext().isSecure()));
    }

    private static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static Response problem(ContainerRequestContext request, int status, String title, String code, String detail) {
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, code, detail).withInstance("/" + request.getUriInfo().getPath()));
        if (status == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"o2c-bridge\", charset=\"UTF-8\"");
        }
        return answer.build();
    }

    /** The signed-in user, for resources that record who did what. */
    record OperatorSecurityContext(Principal principal, Set<String> roles, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
