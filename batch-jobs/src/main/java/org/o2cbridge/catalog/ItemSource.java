package org.o2cbridge.catalog;

import java.time.Instant;

/**
 * The ERP's catalog items changed after an instant, oldest change first (ties by internal id),
 * read a page at a time: {@code offset} is a multiple of {@code limit}.
 */
public interface ItemSource {

    ItemPage changedSince(Instant since, int offset, int limit);
}
