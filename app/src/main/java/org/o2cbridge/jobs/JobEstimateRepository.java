package org.o2cbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Job executions' expected and done record counts, one row per execution that gave an estimate. */
@ApplicationScoped
public class JobEstimateRepository implements JobEstimates {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public void expect(long executionId, String jobName, long total) {
        JobEstimate estimate = em.find(JobEstimate.class, executionId, LockModeType.PESSIMISTIC_WRITE);
        if (estimate == null) {
            em.persist(new JobEstimate(executionId, jobName, total, clock.instant()));
        } else {
            estimate.expect(total, clock.instant());
        }
    }

    @Override
    @Transactional
    public void done(long executionId, long count) {
        JobEstimate estimate = em.find(JobEstimate.class, executionId, LockModeType.PESSIMISTIC_WRITE);
        if (estimate != null) {
            estimate.add(count, clock.instant());
        }
    }

    public Optional<JobEstimate> of(long executionId) {
        return Optional.ofNullable(em.find(JobEstimate.class, executionId));
    }
}
