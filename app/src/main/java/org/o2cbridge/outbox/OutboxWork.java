package org.o2cbridge.outbox;

/** A piece of work to enqueue: which system, what to do there, and the payload to do it with. */
public record OutboxWork(String targetSystem, String action, String payload) {
}
