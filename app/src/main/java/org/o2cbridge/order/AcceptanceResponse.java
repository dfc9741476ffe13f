package org.o2cbridge.order;

import java.util.List;

/**
 * The answer to a batch of order events: how many were accepted as new work, how many were
 * redeliveries of events already accepted, and the outcome of each, in request order.
 */
public record AcceptanceResponse(int accepted, int duplicates, List<Result> results) {

    /** What became of one order event. */
    public enum Outcome { ACCEPTED, DUPLICATE }

    /** One order event's outcome, with where to follow the order. */
    public record Result(String sfOrderId, String idempotencyKey, Outcome outcome, String statusUrl) {
    }

    static AcceptanceResponse of(List<Result> results) {
        int accepted = (int) results.stream().filter(r -> r.outcome() == Outcome.ACCEPTED).count();
        return new AcceptanceResponse(accepted, results.size() - accepted, results);
    }
}
