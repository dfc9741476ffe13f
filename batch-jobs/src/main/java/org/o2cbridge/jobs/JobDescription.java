package org.o2cbridge.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A batch job the operators may start, with the parameters it takes. Each job publishes one as a
 * CDI bean, so the admin API lists and checks jobs without knowing them by name.
 */
public interface JobDescription {

    /** The job's id, the name of its job XML in {@code META-INF/batch-jobs}. */
    String name();

    String summary();

    List<JobParameter> parameters();

    /**
     * Why parameters that are each valid do not go together (a date range that ends before it
     * starts), or empty. {@code parameters} holds the values given, without defaults.
     */
    default Optional<String> problemWith(Map<String, String> parameters) {
        return Optional.empty();
    }
}
