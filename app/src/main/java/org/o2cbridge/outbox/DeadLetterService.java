package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The dead-letter queue: outbox work that failed permanently. An operator lists it, replays a
 * letter (it is dispatched again exactly like new work) or resolves it with a comment; each action
 * is written into the work's attempt history with who did it.
 */
@ApplicationScoped
public class DeadLetterService {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<WorkEnqueued> enqueued;

    public List<DeadLetter> list(String targetSystem, int limit) {
        return em.createQuery("select o from OutboxEntry o where o.status = :dead "
                        + "and (:system is null or o.targetSystem = :system) order by o.updatedAt desc", OutboxEntry.class)
                .setParameter("dead", OutboxStatus.DEAD)
                .setParameter("system", targetSystem)
                .setMaxResults(limit)
                .getResultStream().map(DeadLetter::of).toList();
    }

    @Transactional
    public DeadLetter replay(long id, String by) {
        OutboxEntry entry = deadLetter(id);
        Instant now = clock.instant();
        entry.replay(now);
        em.persist(new OutboxAttempt(id, 0, now, now, "REPLAYED", null, "Replayed by " + by));
        enqueued.fire(new WorkEnqueued(entry.targetSystem()));
        return DeadLetter.of(entry);
    }

    @Transactional
    public DeadLetter resolve(long id, String by, String comment) {
        OutboxEntry entry = deadLetter(id);
        Instant now = clock.instant();
        entry.resolve(by, comment, now);
        em.persist(new OutboxAttempt(id, 0, now, now, "RESOLVED", null, "Resolved by " + by + ": " + comment));
        return DeadLetter.of(entry);
    }

    private OutboxEntry deadLetter(long id) {
        OutboxEntry entry = em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new ProblemException(Problem.of(404, "Not Found", "dead-letter-not-found",
                    "There is no outbox work " + id + "."));
        }
        if (entry.status() != OutboxStatus.DEAD) {
            throw new ProblemException(Problem.of(409, "Conflict", "not-a-dead-letter",
                    "Outbox work " + id + " is " + entry.status() + ", not a dead letter."));
        }
        return entry;
    }
}
