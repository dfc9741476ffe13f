package org.o2cbridge.jobs;

/**
 * What a job reads from or writes to an ERP, as a port each ERP's adapter implements once. A job
 * that works with several ERPs takes an {@code erp} parameter (see {@link ErpPorts}) and uses the
 * adapter of that system.
 */
public interface ErpPort {

    /** The system name used in outbox rows, cross-references and mappings: {@code netsuite}, {@code sap}, {@code d365}. */
    String system();
}
