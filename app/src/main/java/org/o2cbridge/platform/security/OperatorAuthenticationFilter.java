package org.o2cbridge.platform.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/** Lets only users with the {@code o2c-operator} role use the {@link OperatorOnly} admin resources. */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthenticationFilter extends BasicAuthenticationFilter {

    public OperatorAuthenticationFilter() {
        super(ConfiguredIdentityStore.OPERATOR);
    }
}
