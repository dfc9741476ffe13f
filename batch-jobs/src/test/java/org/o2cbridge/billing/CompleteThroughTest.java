package org.o2cbridge.billing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The watermark never reaches a second whose documents may not all be written. */
class CompleteThroughTest {

    private final CompleteThrough complete = new CompleteThrough();

    @Test
    void nothingReadNothingCovered() {
        assertNull(complete.instant());
    }

    @Test
    void whenTheNextDocumentIsInALaterSecondTheLastOnesSecondIsComplete() {
        complete.read(doc("2026-11-30T10:00:05Z"), doc("2026-11-30T10:00:06Z"), false);

        assertEquals(Instant.parse("2026-11-30T10:00:05Z"), complete.instant());
    }

    @Test
    void whenTheNextDocumentSharesTheSecondOnlyTheSecondsBeforeAreComplete() {
        complete.read(doc("2026-11-30T10:00:05Z"), doc("2026-11-30T10:00:05Z"), false);

        assertEquals(Instant.parse("2026-11-30T10:00:04Z"), complete.instant());
    }

    @Test
    void whenTheNextDocumentIsNotKnownYetOnlyTheSecondsBeforeAreComplete() {
        complete.read(doc("2026-11-30T10:00:05Z"), null, false);

        assertEquals(Instant.parse("2026-11-30T10:00:04Z"), complete.instant());
    }

    @Test
    void whenNoDocumentFollowsEverythingReadIsComplete() {
        complete.read(doc("2026-11-30T10:00:05Z"), null, true);

        assertEquals(Instant.parse("2026-11-30T10:00:05Z"), complete.instant());
    }

    private static BillingDocument doc(String changed) {
        return new BillingDocument("1", BillingDocument.Kind.INVOICE, "INV1", "2", "3", null, BigDecimal.TEN,
                BigDecimal.TEN, "USD", LocalDate.of(2026, 11, 30), null, "Open", null, Instant.parse(changed));
    }
}
