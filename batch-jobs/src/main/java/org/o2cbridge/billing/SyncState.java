package org.o2cbridge.billing;

/**
 * What the invoice sync's reader shares with the processor and the writer through the step's
 * transient data: how far the documents read cover the ERP's changes, and the links of the pages
 * read.
 */
public record SyncState(BillingCoverage complete, PageLinks links) {
}
