package org.o2cbridge.outbox;

import java.util.Set;

/**
 * Checks a payload an operator wrote for outbox work the way the work's payload is checked when it
 * is first accepted. Capabilities provide one per kind of work they enqueue; work no check knows
 * only has to be JSON.
 */
public interface PayloadCheck {

    /** The actions whose payloads this checks. */
    Set<String> actions();

    /**
     * The payload to store for the work of {@code aggregateId}: the checked payload in the form the
     * work is enqueued with. Throws a {@code ProblemException} (400) saying what is wrong.
     */
    String check(String action, String aggregateId, String payload);
}
