package org.o2cbridge.billing;

import org.o2cbridge.jobs.ErpPort;

import java.time.Instant;

/**
 * An ERP's billing documents changed after an instant, oldest change first (ties by the ERP's
 * document key), read a page at a time: {@code offset} is a multiple of {@code limit}. Each ERP
 * with billing documents has one adapter; the job's {@code erp} parameter picks it.
 */
public interface BillingSource extends ErpPort {

    BillingPage changedSince(Instant since, int offset, int limit);
}
