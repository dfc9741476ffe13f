package org.o2cbridge.sandbox.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of OData's {@code $filter} the simulators' change queries understand: comparisons
 * {@code Field op literal} ({@code eq ne gt ge lt le}) joined by {@code and}/{@code or}, with
 * parentheses. Literals are quoted text ({@code 'a''b'}), v2 date-times ({@code datetime'2026-03-01T00:00:00'}),
 * v4 date-times ({@code 2026-03-01T00:00:00Z}) and numbers. A value that is a date or date-time on
 * both sides (v2 {@code /Date(ms)/} in the entity) compares as time; anything else as text. What it
 * does not understand it refuses ({@link IllegalArgumentException}), so a client never silently
 * gets an unfiltered list.
 */
public final class ODataFilter {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\(|\\)|datetime'[^']*'|datetimeoffset'[^']*'|'(?:[^']|'')*'|[A-Za-z_][\\w/]*|[0-9][0-9TZ:.+\\-]*)");

    private final List<String> tokens = new ArrayList<>();
    private int at;

    private ODataFilter(String text) {
        Matcher m = TOKEN.matcher(text);
        int position = 0;
        while (position < text.length()) {
            if (!m.find(position) || m.start() != position) {
                if (text.substring(position).isBlank()) {
                    break;
                }
                throw new IllegalArgumentException("Unsupported $filter syntax at: " + text.substring(position));
            }
            tokens.add(m.group(1));
            position = m.end();
        }
    }

    /** A predicate for {@code expression}; everything for none. */
    public static Predicate<JsonObject> parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return entity -> true;
        }
        ODataFilter parser = new ODataFilter(expression);
        Predicate<JsonObject> predicate = parser.or();
        if (parser.at != parser.tokens.size()) {
            throw new IllegalArgumentException("Unsupported $filter: " + expression);
        }
        return predicate;
    }

    private Predicate<JsonObject> or() {
        Predicate<JsonObject> left = and();
        while (peek("or")) {
            at++;
            left = left.or(and());
        }
        return left;
    }

    private Predicate<JsonObject> and() {
        Predicate<JsonObject> left = primary();
        while (peek("and")) {
            at++;
            left = left.and(primary());
        }
        return left;
    }

    private Predicate<JsonObject> primary() {
        if (peek("(")) {
            at++;
            Predicate<JsonObject> inner = or();
            expect(")");
            return inner;
        }
        String field = next();
        String op = next().toLowerCase(Locale.ROOT);
        String literal = next();
        if (!List.of("eq", "ne", "gt", "ge", "lt", "le").contains(op)) {
            throw new IllegalArgumentException("Unsupported $filter operator: " + op);
        }
        Comparable<?> wanted = literal(literal);
        return entity -> {
            Comparable<?> actual = value(entity.get(field), wanted);
            if (actual == null) {
                return op.equals("ne");
            }
            @SuppressWarnings({"unchecked", "rawtypes"})
            int c = ((Comparable) actual).compareTo(wanted);
            return switch (op) {
                case "eq" -> c == 0;
                case "ne" -> c != 0;
                case "gt" -> c > 0;
                case "ge" -> c >= 0;
                case "lt" -> c < 0;
                default -> c <= 0;
            };
        };
    }

    private static Comparable<?> literal(String token) {
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        if (token.startsWith("datetime'") || token.startsWith("datetimeoffset'")) {
            return instant(token.substring(token.indexOf('\'') + 1, token.length() - 1));
        }
        if (token.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return instant(token);
        }
        if (token.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(token);
        }
        throw new IllegalArgumentException("Unsupported $filter literal: " + token);
    }

    /** The entity's value in the literal's kind: a time, a number or text. */
    private static Comparable<?> value(JsonValue value, Comparable<?> like) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        if (like instanceof Instant) {
            if (text.startsWith("/Date(")) {
                return Instant.ofEpochMilli(Long.parseLong(text.substring(6, text.indexOf(')')).split("[+-]", 2)[0]));
            }
            return text.matches("\\d{4}-\\d{2}-\\d{2}.*") ? instant(text) : null;
        }
        if (like instanceof BigDecimal) {
            return value instanceof JsonNumber n ? n.bigDecimalValue() : new BigDecimal(text);
        }
        return text;
    }

    /** A date, a local date-time (taken as UTC, as OData v2's Edm.DateTime) or an offset date-time. */
    static Instant instant(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return OffsetDateTime.parse(text).toInstant();
        }
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }

    private boolean peek(String token) {
        return at < tokens.size() && tokens.get(at).equalsIgnoreCase(token);
    }

    private String next() {
        if (at >= tokens.size()) {
            throw new IllegalArgumentException("Incomplete $filter");
        }
        return tokens.get(at++);
    }

    private void expect(String token) {
        if (!peek(token)) {
            throw new IllegalArgumentException("Expected " + token + " in $filter");
        }
        at++;
    }
}
