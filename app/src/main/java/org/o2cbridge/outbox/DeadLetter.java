package org.o2cbridge.outbox;

import java.time.Instant;

/**
 * A dead letter as an operator sees it: what failed, why, with what payload, since when, and
 * whether an operator edited its payload (the latest edit: by whom and when).
 */
public record DeadLetter(long id, String aggregateId, String targetSystem, String action, String reason, String payload,
                         int attempts, Instant deadSince, String status, String resolvedBy, String resolutionComment,
                         boolean payloadEdited, String payloadEditedBy, Instant payloadEditedAt) {

    static DeadLetter of(OutboxEntry entry) {
        return new DeadLetter(entry.id(), entry.aggregateId(), entry.targetSystem(), entry.action(), entry.lastError(),
                entry.payload(), entry.attempts(), entry.updatedAt(), entry.status().name(), entry.resolvedBy(),
                entry.resolutionComment(), entry.payloadEditedAt() != null, entry.payloadEditedBy(),
                entry.payloadEditedAt());
    }
}
