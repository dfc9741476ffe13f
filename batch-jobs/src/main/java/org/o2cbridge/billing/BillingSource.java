package org.o2cbridge.billing;

import org.o2cbridge.jobs.ErpPort;

import java.time.Instant;
import java.util.List;

/**
 * An ERP's billing documents changed after an instant, oldest change first (ties by the ERP's
 * document key), read a page at a time: {@code offset} is a multiple of {@code limit}. Each ERP
 * with billing documents has one adapter; the job's {@code erp} parameter picks it.
 *
 * <p>An ERP that keeps customer payments apart from its billing documents (SAP's payments are
 * accounting documents, not billing documents) serves them as a second stream,
 * {@link #paymentsChangedSince}, which the job reads after the first; such an adapter says so with
 * {@link #paymentsApart()}. An ERP whose first stream holds its payments too (NetSuite) has no
 * second stream.
 */
public interface BillingSource extends ErpPort {

    BillingPage changedSince(Instant since, int offset, int limit);

    /** Whether the ERP's customer payments come as a second stream, {@link #paymentsChangedSince}. */
    default boolean paymentsApart() {
        return false;
    }

    /**
     * The customer payments changed after {@code since} (or, where the ERP keeps only a change
     * date, on or after a day that covers it), in a stable order, paged as {@link #changedSince}.
     * Each payment's {@link BillingDocument#lastModified()} is where the stream stands at it; a
     * run's watermark then covers the payments up to it. None unless {@link #paymentsApart()}.
     */
    default BillingPage paymentsChangedSince(Instant since, int offset, int limit) {
        return new BillingPage(List.of(), false, 0);
    }
}
