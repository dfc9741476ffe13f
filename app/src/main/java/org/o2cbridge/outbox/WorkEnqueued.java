package org.o2cbridge.outbox;

/** Fired when work was enqueued; observed after commit to wake the dispatcher at once. */
public record WorkEnqueued(String targetSystem) {
}
