package org.o2cbridge.sandbox.netsuite.billing;

import java.time.Instant;

/**
 * What billing history to generate: {@code invoicesPerOrder} invoices for every sales order of the
 * account, each paid in full with probability {@code paidShare} and credited in part with
 * probability {@code creditShare}; {@code unlinkedInvoices} more invoices, each paid, for sales
 * orders that no Salesforce order made; changes one minute apart from {@code since}. The same plan
 * over the same sales orders gives the same documents.
 */
public record BillingPlan(long seed, int invoicesPerOrder, double paidShare, double creditShare, int unlinkedInvoices,
                          Instant since) {

    public static final Instant DEFAULT_SINCE = Instant.parse("2026-01-01T00:00:00Z");

    public BillingPlan {
        if (invoicesPerOrder < 0 || invoicesPerOrder > 100) {
            throw new IllegalArgumentException("invoicesPerOrder is 0 to 100");
        }
        if (paidShare < 0 || paidShare > 1 || creditShare < 0 || creditShare > 1) {
            throw new IllegalArgumentException("paidShare and creditShare are 0 to 1");
        }
        if (unlinkedInvoices < 0 || unlinkedInvoices > 1_000_000) {
            throw new IllegalArgumentException("unlinkedInvoices is 0 to 1000000");
        }
    }
}
