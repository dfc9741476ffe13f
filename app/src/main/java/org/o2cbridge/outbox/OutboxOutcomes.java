package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes how claimed work ended, each in a new short transaction after the external call: done,
 * due again at a time, or dead. An outcome counts only while the claim's lease is still this
 * instance's; a claim that was taken over (lease expired) leaves the row to its new owner, whose
 * keyed call is harmless to repeat.
 */
@ApplicationScoped
public class OutboxOutcomes {

    private static final Logger LOG = Logger.getLogger(OutboxOutcomes.class.getName());

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean done(ClaimedWork work, Instant started, OutboxHandler.Completion completion) {
        Instant now = clock.instant();
        if (!finish(work, OutboxStatus.DONE, now, now, null, now)) {
            return false;
        }
        em.persist(new OutboxAttempt(work.id(), work.attempt(), started, now, "DONE", completion.httpStatus(),
                completion.detail()));
        completion.inOutcomeTransaction().run();
        return true;
    }

    /** A piece of claimed work that succeeded, with what to record. */
    public record Success(ClaimedWork work, OutboxHandler.Completion completion) {
    }

    /**
     * Records many successes of one batch call in one transaction (each counts only under its own
     * lease, like {@link #done}); answers how many were recorded. If anything fails, nothing is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int doneAll(List<Success> successes, Instant started) {
        int recorded = 0;
        for (Success success : successes) {
            if (done(success.work(), started, success.completion())) {
                recorded++;
            }
        }
        return recorded;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean retry(ClaimedWork work, Instant started, Instant nextAttempt, Integer httpStatus, String error) {
        Instant now = clock.instant();
        if (!finish(work, OutboxStatus.PENDING, now, nextAttempt, error, null)) {
            return false;
        }
        em.persist(new OutboxAttempt(work.id(), work.attempt(), started, now, "RETRY", httpStatus,
                error + " (next attempt at " + nextAttempt + ")"));
        return true;
    }

    /** Due again at {@code nextAttempt}, the claim's attempt not counted: its call never left the bridge. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean heldBack(ClaimedWork work, Instant started, Instant nextAttempt, String reason) {
        if (!retry(work, started, nextAttempt, null, reason)) {
            return false;
        }
        em.createQuery("update OutboxEntry o set o.attempts = o.attempts - 1 where o.id = :id and o.attempts > 0")
                .setParameter("id", work.id())
                .executeUpdate();
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean dead(ClaimedWork work, Instant started, Integer httpStatus, String reason, Runnable inTransaction) {
        Instant now = clock.instant();
        if (!finish(work, OutboxStatus.DEAD, now, now, reason, null)) {
            return false;
        }
        em.persist(new OutboxAttempt(work.id(), work.attempt(), started, now, "DEAD", httpStatus, reason));
        inTransaction.run();
        return true;
    }

    private boolean finish(ClaimedWork work, OutboxStatus status, Instant now, Instant nextAttempt, String error,
                           Instant completed) {
        int updated = em.createQuery("update OutboxEntry o set o.status = :status, o.nextAttemptAt = :next, "
                        + "o.lastError = :error, o.completedAt = :completed, o.leaseOwner = null, o.leaseUntil = null, "
                        + "o.updatedAt = :now where o.id = :id and o.leaseOwner = :owner and o.status = :inFlight")
                .setParameter("status", status)
                .setParameter("next", nextAttempt)
                .setParameter("error", truncate(error))
                .setParameter("completed", completed)
                .setParameter("now", now)
                .setParameter("id", work.id())
                .setParameter("owner", work.leaseOwner())
                .setParameter("inFlight", OutboxStatus.IN_FLIGHT)
                .executeUpdate();
        if (updated == 0) {
            LOG.warning(() -> "Outbox work " + work.id() + " was taken over after its lease ran out; "
                    + "this instance's outcome is dropped.");
        }
        return updated == 1;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }
}
