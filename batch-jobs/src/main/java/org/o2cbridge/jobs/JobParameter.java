package org.o2cbridge.jobs;

import java.util.Optional;

/**
 * One parameter of a job: its name, the value the job takes when none is given, and the whole
 * numbers it accepts ({@code min} to {@code max}).
 */
public record JobParameter(String name, long defaultValue, long min, long max, String description) {

    /** Why {@code value} is no good for this parameter, or empty when it is. */
    public Optional<String> problemWith(String value) {
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Optional.of(name + " is a whole number, not '" + value + "'.");
        }
        if (number < min || number > max) {
            return Optional.of(name + " is between " + min + " and " + max + ", not " + number + ".");
        }
        return Optional.empty();
    }
}
