package org.o2cbridge.outbox;

/**
 * A piece of outbox work this instance has claimed under a lease: what to do, and the token
 * ({@code leaseOwner}) that proves the claim when the outcome is written. {@code inboundEventId} is
 * null for work a batch job set aside, which no received event caused.
 */
public record ClaimedWork(long id, Long inboundEventId, String aggregateId, int sequenceNo, String targetSystem,
                          String action, String payload, int attempt, String leaseOwner) {
}
