package org.o2cbridge.catalog;

import org.o2cbridge.jobs.ErpPort;

import java.time.Instant;

/**
 * An ERP's catalog items (NetSuite items, SAP products, D365 released products) changed after an
 * instant, oldest change first (ties by internal id), read a page at a time: {@code offset} is a
 * multiple of {@code limit}.
 */
public interface ItemSource extends ErpPort {

    ItemPage changedSince(Instant since, int offset, int limit);
}
