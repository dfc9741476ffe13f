package org.o2cbridge.sandbox.sap;

import jakarta.json.JsonObject;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of OData's {@code $filter} the simulator understands: {@code Property eq 'value'}
 * comparisons (quotes in the value doubled), joined by {@code and}, which is how clients look
 * documents up by key; each operand of {@code and} may be a chain of such comparisons joined by
 * {@code or}, in parentheses or not, which is how clients look several documents up at once.
 * Anything else is refused, so a client never silently gets an unfiltered list.
 */
final class ODataQuery {

    private static final Pattern EQUALS = Pattern.compile("\\s*(\\w+)\\s+eq\\s+'((?:[^']|'')*)'\\s*");

    private ODataQuery() {
    }

    /** A predicate for {@code $filter}, or null when the expression is not understood. */
    static Predicate<JsonObject> filter(String expression) {
        if (expression == null || expression.isBlank()) {
            return entity -> true;
        }
        Predicate<JsonObject> all = entity -> true;
        for (String operand : expression.split("\\s+and\\s+")) {
            String chain = operand.strip();
            if (chain.startsWith("(") && chain.endsWith(")")) {
                chain = chain.substring(1, chain.length() - 1);
            }
            Predicate<JsonObject> any = entity -> false;
            for (String comparison : chain.split("\\s+or\\s+")) {
                Matcher m = EQUALS.matcher(comparison);
                if (!m.matches()) {
                    return null;
                }
                String property = m.group(1);
                String value = m.group(2).replace("''", "'");
                any = any.or(entity -> value.equals(SapBook.text(entity.get(property))));
            }
            all = all.and(any);
        }
        return all;
    }
}
