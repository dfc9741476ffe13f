package org.o2cbridge.billing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How far the documents read so far cover the ERP's changes: every change up to {@link #instant}
 * has been read. ERP change times have whole seconds and a later run asks for changes after its
 * watermark's second, so the watermark may only reach a second once every document of that second
 * is written: when the next document lies in a later second, or none follows, the last document's
 * time; otherwise the second before it (a later run then reads that second's documents again,
 * upserts that change nothing, rather than skip one it never wrote). The reader keeps it in the
 * step's transient data, and the writer moves the watermark to it with each chunk.
 */
public final class CompleteThrough {

    private Instant instant;

    /** After reading {@code last}; {@code next} is the document that follows, null when none is known yet. */
    void read(BillingDocument last, BillingDocument next, boolean noneFollows) {
        read(last.lastModified(), next == null ? null : next.lastModified(), noneFollows);
    }

    /** As {@link #read(BillingDocument, BillingDocument, boolean)}, for any record read by change time. */
    public void read(Instant time, Instant next, boolean noneFollows) {
        if (noneFollows || next != null && second(next).isAfter(second(time))) {
            instant = time;
        } else {
            instant = second(time).minusSeconds(1);
        }
    }

    /** Every change up to this instant has been read; null before the first document. */
    public Instant instant() {
        return instant;
    }

    private static Instant second(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS);
    }
}
