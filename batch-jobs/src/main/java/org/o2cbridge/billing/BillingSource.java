package org.o2cbridge.billing;

import java.time.Instant;

/**
 * The ERP's billing documents changed after an instant, oldest change first (ties by internal
 * id), read a page at a time: {@code offset} is a multiple of {@code limit}.
 */
public interface BillingSource {

    BillingPage changedSince(Instant since, int offset, int limit);
}
