package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The dead-letter queue: outbox work that failed permanently. An operator lists it, replays a
 * letter (it is dispatched again exactly like new work), corrects its payload first (checked like
 * the work's payload when it was accepted; the payload it replaces is kept), or resolves it with a
 * comment; each action is written into the work's attempt history with who did it.
 */
@ApplicationScoped
public class DeadLetterService {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<WorkEnqueued> enqueued;

    @Inject
    Instance<PayloadCheck> checks;

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

    /** Any outbox work as a letter (also once replayed or resolved), to see its status and edits. */
    public DeadLetter find(long id) {
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        if (entry == null) {
            throw notFound(id);
        }
        return DeadLetter.of(entry);
    }

    /** The payload edits of a piece of work, oldest first. */
    public List<OutboxPayloadEdit> editsOf(long id) {
        return em.createQuery("select e from OutboxPayloadEdit e where e.outboxId = :id order by e.editedAt, e.id",
                OutboxPayloadEdit.class).setParameter("id", id).getResultList();
    }

    /**
     * Checks {@code payload} as the letter's work would be checked when accepted, without changing
     * anything: answers the payload to store, or throws a 400 problem saying what is wrong.
     */
    public String checkPayload(DeadLetter letter, String payload) {
        if (payload == null || payload.isBlank()) {
            throw badPayload("The payload is empty; give the work's JSON document.");
        }
        for (PayloadCheck check : checks) {
            if (check.actions().contains(letter.action())) {
                return check.check(letter.action(), letter.aggregateId(), payload);
            }
        }
        try (var reader = Json.createReader(new StringReader(payload))) {
            reader.readValue();
        } catch (JsonException e) {
            throw badPayload("The payload is not JSON: " + e.getMessage());
        }
        return payload;
    }

    /**
     * Replaces the payload of an open dead letter with a checked one; the letter stays dead until
     * replayed. The old payload is kept with who, when and the comment.
     */
    @Transactional
    public DeadLetter editPayload(long id, String payload, String by, String comment) {
        OutboxEntry entry = deadLetter(id);
        String checked = checkPayload(DeadLetter.of(entry), payload);
        Instant now = clock.instant();
        String why = comment == null || comment.isBlank() ? null : comment.strip();
        em.persist(new OutboxPayloadEdit(id, now, by, why, entry.payload(), checked));
        entry.editPayload(checked, by, now);
        em.persist(new OutboxAttempt(id, 0, now, now, "EDITED", null,
                "Payload edited by " + by + (why == null ? "" : ": " + why)));
        return DeadLetter.of(entry);
    }

    public static ProblemException badPayload(String detail) {
        return new ProblemException(Problem.of(400, "Bad Request", "invalid-payload", detail));
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
            throw notFound(id);
        }
        if (entry.status() != OutboxStatus.DEAD) {
            throw new ProblemException(Problem.of(409, "Conflict", "not-a-dead-letter",
                    "Outbox work " + id + " is " + entry.status() + ", not a dead letter."));
        }
        return entry;
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(Problem.of(404, "Not Found", "dead-letter-not-found",
                "There is no outbox work " + id + "."));
    }
}
