package org.o2cbridge.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The reports of reconciliation runs: each finding written in the chunk's transaction, read back
 * by execution, and as CSV ({@code order_id,order_number,kind,detail,action,recorded_at}, header
 * first, RFC 4180).
 */
@ApplicationScoped
public class ReconciliationReportRepository implements ReconciliationReport {

    static final String[] HEADER = {"order_id", "order_number", "kind", "detail", "action", "recorded_at"};

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long executionId, Finding finding) {
        em.persist(new ReconciliationFinding(executionId, finding, clock.instant()));
    }

    public List<ReconciliationFinding> ofExecution(long executionId) {
        return em.createQuery("select f from ReconciliationFinding f where f.executionId = :execution order by f.id",
                ReconciliationFinding.class).setParameter("execution", executionId).getResultList();
    }

    public String csv(long executionId) {
        return csv(ofExecution(executionId));
    }

    static String csv(List<ReconciliationFinding> findings) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ReconciliationFinding f : findings) {
                printer.printRecord(f.sfOrderId(), f.orderNumber(), f.kind(), f.detail(), f.action(), f.recordedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
