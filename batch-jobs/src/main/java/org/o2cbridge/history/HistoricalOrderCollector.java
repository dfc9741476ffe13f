package org.o2cbridge.history;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** After each chunk of a partition, hands what it counted to the analyzer, and starts afresh. */
@Named("historicalOrderCollector")
@Dependent
public class HistoricalOrderCollector implements PartitionCollector {

    @Inject
    StepContext step;

    @Override
    public Serializable collectPartitionData() {
        if (step.getTransientUserData() instanceof MigrationTally tally && !tally.isEmpty()) {
            step.setTransientUserData(new MigrationTally());
            return tally;
        }
        return null;
    }
}
