package org.o2cbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Job executions' committed positions, per part of their work. */
@ApplicationScoped
public class JobPositionRepository implements JobPositions {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Map<String, String> of(long executionId) {
        Map<String, String> positions = new LinkedHashMap<>();
        em.createQuery("select p from JobPosition p where p.executionId = :execution order by p.part", JobPosition.class)
                .setParameter("execution", executionId).getResultList()
                .forEach(p -> positions.put(p.part(), p.position()));
        return positions;
    }

    @Override
    @Transactional
    public void save(long executionId, String jobName, String part, String position) {
        JobPosition current = em.find(JobPosition.class, new JobPosition.Key(executionId, part));
        if (current == null) {
            em.persist(new JobPosition(executionId, part, jobName, position, clock.instant()));
        } else {
            current.moveTo(position, clock.instant());
        }
    }
}
