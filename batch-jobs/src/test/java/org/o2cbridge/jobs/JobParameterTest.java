package org.o2cbridge.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobParameterTest {

    @Test
    void numbersAreWholeAndWithinTheirRange() {
        JobParameter size = JobParameter.number("chunkSize", 200, 1, 200, "records per chunk");
        assertEquals(Optional.empty(), size.problemWith(" 150 "));
        assertEquals(Optional.of("chunkSize is between 1 and 200, not 201."), size.problemWith("201"));
        assertEquals(Optional.of("chunkSize is a whole number, not 'ten'."), size.problemWith("ten"));
        assertEquals("200", size.defaultValue());
    }

    @Test
    void datesAreIsoAndAnOptionalDateMayBeEmpty() {
        JobParameter from = JobParameter.date("from", "2000-01-01", "first date");
        JobParameter to = JobParameter.date("to", "", "day after the last date");
        assertEquals(Optional.empty(), from.problemWith("2021-02-28"));
        assertEquals(Optional.of("from is a date written yyyy-mm-dd, not '2021-02-30'."), from.problemWith("2021-02-30"));
        assertTrue(from.problemWith("").isPresent(), "a date with a default is not left empty");
        assertEquals(Optional.empty(), to.problemWith(""));
        assertEquals("a date, yyyy-mm-dd, or empty", to.hint());
    }

    @Test
    void yesNoIsTrueOrFalse() {
        JobParameter dryRun = JobParameter.yesNo("dryRun", false, "count only");
        assertEquals(Optional.empty(), dryRun.problemWith("true"));
        assertEquals(Optional.of("dryRun is true or false, not 'yes'."), dryRun.problemWith("yes"));
    }

    @Test
    void aChoiceIsOneOfItsOptions() {
        JobParameter erp = JobParameter.choice("erp", "netsuite", List.of("netsuite", "sap"), "the ERP");
        assertEquals(Optional.empty(), erp.problemWith(" sap "));
        assertEquals(Optional.of("erp is one of netsuite, sap, not 'oracle'."), erp.problemWith("oracle"));
        assertEquals("one of netsuite, sap", erp.hint());
        assertThrows(IllegalArgumentException.class,
                () -> JobParameter.choice("erp", "d365", List.of("netsuite", "sap"), "the ERP"));
    }

    @Test
    void aTextTakesAnyValueUpToItsLengthEmptyIncluded() {
        JobParameter legalEntity = JobParameter.text("legalEntity", "", 5, "the legal entity");
        assertEquals(Optional.empty(), legalEntity.problemWith(""));
        assertEquals(Optional.empty(), legalEntity.problemWith(" USMF "));
        assertEquals(Optional.of("legalEntity is at most 5 characters, not 6."), legalEntity.problemWith("USMF01"));
        assertEquals("text, at most 5 characters, or empty", legalEntity.hint());
    }
}
