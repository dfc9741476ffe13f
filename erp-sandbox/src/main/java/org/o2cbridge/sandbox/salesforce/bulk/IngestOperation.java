package org.o2cbridge.sandbox.salesforce.bulk;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an ingest job does with each CSV row: creates it, updates the record named by its
 * {@code Id}, upserts it by the job's external id field, or deletes the record named by its
 * {@code Id}. ({@code hardDelete} needs a permission the simulated integration user lacks.)
 */
public enum IngestOperation {
    INSERT("insert"), UPDATE("update"), UPSERT("upsert"), DELETE("delete");

    private final String apiName;

    IngestOperation(String apiName) {
        this.apiName = apiName;
    }

    public static Optional<IngestOperation> fromApiName(String name) {
        return Arrays.stream(values()).filter(operation -> operation.apiName.equals(name)).findFirst();
    }

    public String apiName() {
        return apiName;
    }
}
