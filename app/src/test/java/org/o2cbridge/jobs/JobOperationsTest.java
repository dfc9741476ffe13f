package org.o2cbridge.jobs;

import org.junit.jupiter.api.Test;
import jakarta.enterprise.inject.Instance;
import org.o2cbridge.billing.BillingPage;
import org.o2cbridge.billing.BillingSource;
import org.o2cbridge.billing.InvoicePaymentSyncJob;
import org.o2cbridge.platform.problem.ProblemException;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobOperationsTest {

    private final JobDescription job = invoiceSync("netsuite", "sap");

    /** The invoice sync of a bridge with billing adapters for {@code systems}, NetSuite its default ERP. */
    @SuppressWarnings("unchecked")
    private static InvoicePaymentSyncJob invoiceSync(String... systems) {
        List<BillingSource> sources = java.util.Arrays.stream(systems).map(system -> (BillingSource) new BillingSource() {
            @Override
            public String system() {
                return system;
            }

            @Override
            public BillingPage changedSince(Instant since, int offset, int limit) {
                throw new UnsupportedOperationException();
            }
        }).toList();
        Instance<BillingSource> installed = (Instance<BillingSource>) Proxy.newProxyInstance(
                JobOperationsTest.class.getClassLoader(), new Class<?>[] {Instance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "iterator" -> sources.iterator();
                    case "spliterator" -> sources.spliterator();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new InvoicePaymentSyncJob(installed, "netsuite");
    }

    @Test
    void givenParametersOverrideTheEarlierOnesAndOthersAreLeftToTheirDefaults() {
        Properties earlier = new Properties();
        earlier.setProperty("pageSize", "100");
        earlier.setProperty("skipLimit", "5");

        Properties parameters = JobOperations.parameters(job, Map.of("pageSize", " 250 "), earlier);

        assertEquals("250", parameters.getProperty("pageSize"));
        assertEquals("5", parameters.getProperty("skipLimit"));
        assertEquals(null, parameters.getProperty("chunkSize"));
        assertEquals("netsuite", parameters.getProperty("erp"), "the bridge's default ERP, kept for a restart");
    }

    @Test
    void theErpIsOneOfTheSystemsWithABillingAdapter() {
        assertEquals("sap", JobOperations.parameters(job, Map.of("erp", "sap"), new Properties()).getProperty("erp"));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> JobOperations.parameters(job, Map.of("erp", "d365"), new Properties()));
        assertTrue(refused.problem().detail().contains("one of netsuite, sap"), refused.problem().detail());
    }

    @Test
    void anUnknownParameterIsRefusedNamingTheOnesTheJobTakes() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> JobOperations.parameters(job, Map.of("since", "yesterday"), new Properties()));
        assertEquals(400, refused.problem().status());
        assertTrue(refused.problem().detail().contains("[erp, pageSize, chunkSize, skipLimit]"), refused.problem().detail());
    }

    @Test
    void aValueOutOfRangeOrNotANumberIsRefused() {
        assertThrows(ProblemException.class, () -> JobOperations.parameters(job, Map.of("chunkSize", "201"), new Properties()));
        assertThrows(ProblemException.class, () -> JobOperations.parameters(job, Map.of("pageSize", "ten"), new Properties()));
    }
}
