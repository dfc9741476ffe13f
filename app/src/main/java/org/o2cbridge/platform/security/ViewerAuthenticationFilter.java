package org.o2cbridge.platform.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets users with the {@code o2c-viewer} role (which every operator also holds) read the
 * {@link ViewerAllowed} admin resources.
 */
@Provider
@ViewerAllowed
@Priority(Priorities.AUTHENTICATION)
public class ViewerAuthenticationFilter extends BasicAuthenticationFilter {

    public ViewerAuthenticationFilter() {
        super(ConfiguredIdentityStore.VIEWER);
    }
}
