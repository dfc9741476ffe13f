package org.o2cbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The records job runs set aside, written in the chunk's transaction and read by execution. */
@ApplicationScoped
public class SkippedRecordRepository implements SkippedRecords {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long executionId, String jobName, String stepName, String recordKey, String kind, String reason) {
        em.persist(new SkippedRecord(executionId, jobName, stepName, recordKey, kind, reason, clock.instant()));
    }

    public List<SkippedRecord> ofExecution(long executionId) {
        return em.createQuery("select s from SkippedRecord s where s.executionId = :execution order by s.id",
                        SkippedRecord.class).setParameter("execution", executionId).getResultList();
    }
}
