package org.o2cbridge.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.o2cbridge.jobs.ErpWatermark;

import java.time.Clock;
import java.time.Instant;

/**
 * The jobs' watermarks in the application's database, one per job and ERP. Reads and moves join the caller's
 * transaction (a chunk's), so a watermark commits with the records it stands for.
 */
@ApplicationScoped
public class JobWatermarkRepository implements ErpWatermark {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Instant current(String jobName, String system) {
        JobWatermark found = em.find(JobWatermark.class, new JobWatermark.Key(jobName, system));
        return found == null ? Instant.EPOCH : found.watermark();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(String jobName, String system, Instant to) {
        JobWatermark found = em.find(JobWatermark.class, new JobWatermark.Key(jobName, system),
                LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            em.persist(new JobWatermark(jobName, system, to, clock.instant()));
        } else {
            found.advance(to, clock.instant());
        }
    }
}
