package org.o2cbridge.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds every request body to {@code o2c.api.max-body-bytes}: a declared length over the limit is
 * refused before anything is read, and a body that turns out longer (chunked) fails with 413 as soon
 * as the limit is passed, so a huge body never reaches memory.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class RequestSizeLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "o2c.api.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        int declared = request.getLength();
        if (declared > maxBodyBytes) {
            throw new PayloadTooLargeException(maxBodyBytes);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBodyBytes));
        }
    }
}
