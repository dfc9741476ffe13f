package org.o2cbridge.sandbox.salesforce.auth;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiExceptionMapper;

/**
 * Lets a Salesforce REST call through only with {@code Authorization: Bearer <token>} (or the older
 * {@code OAuth <token>}) naming a live token from the token endpoint; otherwise answers 401
 * {@code INVALID_SESSION_ID}, which is what tells a client to fetch a new token.
 */
@Provider
@RequiresSession
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {

    @Inject
    AccessTokenRegistry tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !tokens.isValid(tokenIn(header))) {
            request.abortWith(SalesforceApiExceptionMapper.response(SalesforceApiException.invalidSession()));
        }
    }

    private static String tokenIn(String header) {
        String value = header.strip();
        for (String scheme : new String[] {"Bearer ", "OAuth "}) {
            if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return value.substring(scheme.length()).strip();
            }
        }
        return "";
    }
}
