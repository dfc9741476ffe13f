package org.o2cbridge.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.o2cbridge.billing.BillingWatermark;
import org.o2cbridge.connector.netsuite.NetSuiteGateway;
import org.o2cbridge.jobs.ErpWatermark;

import java.time.Clock;
import java.time.Instant;

/**
 * The watermarks of jobs that read several ERPs, one per job and system. NetSuite's stays where
 * those jobs kept it when they read NetSuite alone ({@code job_watermark}, through
 * {@link BillingWatermark}), so an upgraded bridge goes on from it; every other system's is a row
 * of {@code sync_watermark}, keyed by job and system. Reads and moves join the caller's
 * transaction (a chunk's), so a watermark commits with the records it stands for.
 */
@ApplicationScoped
public class ErpWatermarkRepository implements ErpWatermark {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    BillingWatermark netSuite;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Instant current(String jobName, String system) {
        if (NetSuiteGateway.SYSTEM.equals(system)) {
            return netSuite.current(jobName);
        }
        SyncWatermark found = em.find(SyncWatermark.class, new SyncWatermark.Key(jobName, system));
        return found == null || found.watermark() == null ? Instant.EPOCH : found.watermark();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(String jobName, String system, Instant to) {
        if (NetSuiteGateway.SYSTEM.equals(system)) {
            netSuite.advance(jobName, to);
            return;
        }
        SyncWatermark.Key key = new SyncWatermark.Key(jobName, system);
        SyncWatermark found = em.find(SyncWatermark.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            em.persist(new SyncWatermark(key, to, clock.instant()));
        } else {
            found.advance(to, clock.instant());
        }
    }
}
