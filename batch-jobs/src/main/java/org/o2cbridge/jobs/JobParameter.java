package org.o2cbridge.jobs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One parameter of a job: its name, what kind of value it takes, the value the job takes when none
 * is given (as text, the way job parameters travel), and for whole numbers the range it accepts
 * ({@code min} to {@code max}). A date is ISO {@code yyyy-MM-dd}; an optional date may be left
 * empty. A yes/no parameter is {@code true} or {@code false}. A choice takes one of its
 * {@code options}. A text takes any value of at most {@code max} characters, empty included.
 */
public record JobParameter(String name, Kind kind, String defaultValue, long min, long max, List<String> options,
                           String description) {

    public enum Kind { NUMBER, DATE, YES_NO, CHOICE, TEXT }

    public JobParameter {
        options = List.copyOf(options);
    }

    public static JobParameter number(String name, long defaultValue, long min, long max, String description) {
        return new JobParameter(name, Kind.NUMBER, Long.toString(defaultValue), min, max, List.of(), description);
    }

    /** A date; {@code defaultValue} empty makes it optional (no bound). */
    public static JobParameter date(String name, String defaultValue, String description) {
        return new JobParameter(name, Kind.DATE, defaultValue, 0, 0, List.of(), description);
    }

    public static JobParameter yesNo(String name, boolean defaultValue, String description) {
        return new JobParameter(name, Kind.YES_NO, Boolean.toString(defaultValue), 0, 0, List.of(), description);
    }

    /** Free text of at most {@code maxLength} characters. */
    public static JobParameter text(String name, String defaultValue, int maxLength, String description) {
        return new JobParameter(name, Kind.TEXT, defaultValue, 0, maxLength, List.of(), description);
    }

    /** One of {@code options}, {@code defaultValue} among them. */
    public static JobParameter choice(String name, String defaultValue, List<String> options, String description) {
        if (!options.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": the default " + defaultValue + " is not one of " + options);
        }
        return new JobParameter(name, Kind.CHOICE, defaultValue, 0, 0, options, description);
    }

    /** What the parameter takes, for forms and error messages. */
    public String hint() {
        return switch (kind) {
            case NUMBER -> min + " to " + max;
            case DATE -> defaultValue.isEmpty() ? "a date, yyyy-mm-dd, or empty" : "a date, yyyy-mm-dd";
            case YES_NO -> "true or false";
            case CHOICE -> "one of " + String.join(", ", options);
            case TEXT -> "text, at most " + max + " characters, or empty";
        };
    }

    /** Why {@code value} is no good for this parameter, or empty when it is. */
    public Optional<String> problemWith(String value) {
        String text = value == null ? "" : value.strip();
        return switch (kind) {
            case NUMBER -> numberProblem(text);
            case DATE -> text.isEmpty() && defaultValue.isEmpty() ? Optional.empty() : dateProblem(text);
            case YES_NO -> text.equals("true") || text.equals("false") ? Optional.empty()
                    : Optional.of(name + " is true or false, not '" + value + "'.");
            case CHOICE -> options.contains(text) ? Optional.empty()
                    : Optional.of(name + " is one of " + String.join(", ", options) + ", not '" + value + "'.");
            case TEXT -> text.length() <= max ? Optional.empty()
                    : Optional.of(name + " is at most " + max + " characters, not " + text.length() + ".");
        };
    }

    private Optional<String> numberProblem(String text) {
        long number;
        try {
            number = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Optional.of(name + " is a whole number, not '" + text + "'.");
        }
        if (number < min || number > max) {
            return Optional.of(name + " is between " + min + " and " + max + ", not " + number + ".");
        }
        return Optional.empty();
    }

    private Optional<String> dateProblem(String text) {
        try {
            LocalDate.parse(text);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(name + " is a date written yyyy-mm-dd, not '" + text + "'.");
        }
    }
}
