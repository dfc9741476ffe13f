package org.o2cbridge.governance;

/**
 * No slot of a system's concurrency limit came free within the configured wait (or the wait was
 * interrupted): the call was not made, and the work that wanted it should be tried again later.
 */
public class PermitUnavailableException extends RuntimeException {

    private final String system;

    public PermitUnavailableException(String system, String detail) {
        super(detail);
        this.system = system;
    }

    public String system() {
        return system;
    }
}
