package org.o2cbridge.outbox;

import java.util.Set;

/**
 * Fired when work was enqueued; observed after commit to wake the dispatcher at once. Names the
 * actions enqueued when known (empty: any), so a loop that does one action can ignore the rest.
 */
public record WorkEnqueued(String targetSystem, Set<String> actions) {

    public WorkEnqueued(String targetSystem) {
        this(targetSystem, Set.of());
    }

    /** Whether work of {@code action} may have been enqueued. */
    public boolean mayInclude(String action) {
        return actions.isEmpty() || actions.contains(action);
    }
}
