package org.o2cbridge.jobs;

import org.junit.jupiter.api.Test;
import org.o2cbridge.billing.InvoicePaymentSyncJob;
import org.o2cbridge.platform.problem.ProblemException;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobOperationsTest {

    private final JobDescription job = new InvoicePaymentSyncJob();

    @Test
    void givenParametersOverrideTheEarlierOnesAndOthersAreLeftToTheirDefaults() {
        Properties earlier = new Properties();
        earlier.setProperty("pageSize", "100");
        earlier.setProperty("skipLimit", "5");

        Properties parameters = JobOperations.parameters(job, Map.of("pageSize", " 250 "), earlier);

        assertEquals("250", parameters.getProperty("pageSize"));
        assertEquals("5", parameters.getProperty("skipLimit"));
        assertEquals(null, parameters.getProperty("chunkSize"));
    }

    @Test
    void anUnknownParameterIsRefusedNamingTheOnesTheJobTakes() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> JobOperations.parameters(job, Map.of("since", "yesterday"), new Properties()));
        assertEquals(400, refused.problem().status());
        assertTrue(refused.problem().detail().contains("[pageSize, chunkSize, skipLimit]"), refused.problem().detail());
    }

    @Test
    void aValueOutOfRangeOrNotANumberIsRefused() {
        assertThrows(ProblemException.class, () -> JobOperations.parameters(job, Map.of("chunkSize", "201"), new Properties()));
        assertThrows(ProblemException.class, () -> JobOperations.parameters(job, Map.of("pageSize", "ten"), new Properties()));
    }
}
