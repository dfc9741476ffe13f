package org.o2cbridge.sandbox.traffic;

/**
 * What the sandbox does to one call of a simulated API instead of, or besides, answering it
 * normally: nothing, a throttle refusal, a 503, a hang longer than a client's read timeout, or a
 * lost response (the call is carried out, then the connection is dropped without an answer).
 */
public enum Fault {
    NONE, THROTTLE, UNAVAILABLE, TIMEOUT, LOST_RESPONSE
}
