package org.o2cbridge.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErpPortsTest {

    private record Adapter(String system) implements ErpPort {
    }

    private final Adapter d365 = new Adapter("d365");
    private final Adapter netSuite = new Adapter("netsuite");
    private final Adapter sap = new Adapter("sap");

    @Test
    void selectsTheAdapterOfTheNamedSystem() {
        assertSame(sap, ErpPorts.select(List.of(d365, netSuite, sap), "sap"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ErpPorts.select(List.of(netSuite), "sap"));
        assertEquals("No ERP adapter for 'sap' here; there are [netsuite]", unknown.getMessage());
    }

    @Test
    void theParameterOffersTheSystemsWithAnAdapterAndPrefersTheDefaultErp() {
        JobParameter erp = ErpPorts.parameter(List.of(d365, sap, netSuite), "sap", "the ERP");
        assertEquals(List.of("netsuite", "sap", "d365"), erp.options());
        assertEquals("sap", erp.defaultValue());
        assertEquals(JobParameter.Kind.CHOICE, erp.kind());
        assertTrue(erp.problemWith("d365").isEmpty());
    }

    @Test
    void aDefaultErpWithoutAnAdapterFallsBackToTheFirstThatHasOne() {
        JobParameter erp = ErpPorts.parameter(List.of(d365, netSuite), "sap", "the ERP");
        assertEquals("netsuite", erp.defaultValue());
        assertEquals("erp is one of netsuite, d365, not 'sap'.", erp.problemWith("sap").orElseThrow());
    }
}
