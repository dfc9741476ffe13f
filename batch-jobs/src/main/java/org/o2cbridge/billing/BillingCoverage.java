package org.o2cbridge.billing;

import java.time.Instant;

/**
 * How far a run of the invoice sync covers the ERP's changes. With one stream (the ERP's billing
 * documents hold its payments) it is that stream's {@link CompleteThrough}, moving with each
 * chunk. With two, the billing documents and then the customer payments
 * ({@link BillingSource#paymentsApart()}), the watermark bounds both streams of the next run, and
 * the payments are read in the ERP's key order, not in order of change, so a run covers no more
 * than where it started until both streams are read; then every change up to the later of the last
 * document's and the last payment's is read (a change made later lies after the instant it is read
 * at, and the payment stream of the next run reads back over its watermark's day). A run that
 * stops on the way reads both streams again from where it started, upserts that change nothing.
 * The reader keeps it in the step's transient data, and the writer moves the watermark to it with
 * each chunk.
 */
public final class BillingCoverage {

    private final Instant since;
    private final boolean paymentsApart;
    private final CompleteThrough documents = new CompleteThrough();
    private Instant lastPayment;
    private boolean documentsDone;
    private boolean paymentsDone;

    /** For a run from {@code since}; {@code paymentsApart}: payments follow as a second stream. */
    public BillingCoverage(Instant since, boolean paymentsApart) {
        this.since = since;
        this.paymentsApart = paymentsApart;
    }

    /** After reading the document {@code last}; {@code next} follows it, null when none is known yet. */
    void readDocument(BillingDocument last, BillingDocument next, boolean noneFollows) {
        documents.read(last, next, noneFollows);
        documentsDone |= noneFollows;
    }

    /** Every document has been read. */
    void documentsEnded() {
        documentsDone = true;
    }

    /** After reading the payment {@code last}; {@code noneFollows}: it was the last. */
    void readPayment(BillingDocument last, boolean noneFollows) {
        lastPayment = later(lastPayment, last.lastModified());
        paymentsDone |= noneFollows;
    }

    /** Every payment has been read. */
    void paymentsEnded() {
        paymentsDone = true;
    }

    /** Every change up to this instant has been read; null before the first document of a single stream. */
    public Instant instant() {
        if (!paymentsApart) {
            return documents.instant();
        }
        if (!documentsDone || !paymentsDone) {
            return since;
        }
        return later(later(documents.instant(), lastPayment), since);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }
}
