package org.o2cbridge.sandbox.salesforce.bulk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o2cbridge.sandbox.salesforce.data.SObjectField;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;

/**
 * Parses the SOQL the simulated Bulk API answers:
 * {@code SELECT field[, Parent.field…] FROM Object [WHERE cond [AND cond…]] [LIMIT n]}, where a
 * condition is {@code field op literal} ({@code = != <> < <= > >=}) or {@code field IN (literal,…)},
 * and a literal is {@code 'text'}, a number, a date {@code 2024-01-31}, a date-time
 * {@code 2024-01-31T00:00:00Z}, {@code true}, {@code false} or {@code null}. Anything else ({@code OR}, {@code ORDER BY},
 * aggregates, sub-queries) is refused with Salesforce's {@code MALFORMED_QUERY}; unknown objects
 * and fields with {@code INVALID_TYPE} and {@code INVALID_FIELD}.
 */
final class SoqlParser {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:('(?:[^'\\\\]|\\\\.)*')|(<=|>=|!=|<>|[=<>(),])|([A-Za-z_][A-Za-z0-9_.]*)|([-+]?[0-9][0-9A-Za-z:.+\\-]*))");
    private static final Map<String, SoqlQuery.Operator> OPERATORS = Map.of("=", SoqlQuery.Operator.EQ,
            "!=", SoqlQuery.Operator.NE, "<>", SoqlQuery.Operator.NE, "<", SoqlQuery.Operator.LT,
            "<=", SoqlQuery.Operator.LE, ">", SoqlQuery.Operator.GT, ">=", SoqlQuery.Operator.GE);

    private final String soql;
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> columnsAt = new ArrayList<>();
    private int next;

    private SoqlParser(String soql) {
        this.soql = soql;
        Matcher matcher = TOKEN.matcher(soql);
        int at = 0;
        while (at < soql.length() && !soql.substring(at).isBlank()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw malformed(at, soql.substring(at).strip().split("\\s")[0]);
            }
            tokens.add(matcher.group().strip());
            columnsAt.add(matcher.end() - matcher.group().strip().length());
            at = matcher.end();
        }
    }

    static SoqlQuery parse(String soql) {
        return new SoqlParser(soql == null ? "" : soql).query();
    }

    private SoqlQuery query() {
        expect("SELECT");
        List<String> labels = new ArrayList<>();
        do {
            labels.add(identifier());
        } while (accept(","));
        expect("FROM");
        String objectName = identifier();
        SObjectType object = SObjectType.fromApiName(objectName).orElseThrow(() -> new SalesforceApiException(400,
                "INVALID_TYPE", "sObject type '" + objectName + "' is not supported.", List.of()));
        List<SoqlQuery.Column> columns = labels.stream().map(label -> column(object, label)).toList();
        List<SoqlQuery.Condition> conditions = new ArrayList<>();
        if (accept("WHERE")) {
            do {
                conditions.add(condition(object));
            } while (accept("AND"));
        }
        Integer limit = null;
        if (accept("LIMIT")) {
            limit = Integer.valueOf(number().intValueExact());
        }
        if (next < tokens.size()) {
            throw unexpected();
        }
        return new SoqlQuery(object, columns, List.copyOf(conditions), limit);
    }

    private SoqlQuery.Condition condition(SObjectType object) {
        SoqlQuery.Column column = column(object, identifier());
        if (accept("IN")) {
            expect("(");
            List<Object> values = new ArrayList<>();
            do {
                values.add(literal());
            } while (accept(","));
            expect(")");
            return new SoqlQuery.Condition(column, SoqlQuery.Operator.IN, values);
        }
        SoqlQuery.Operator operator = next < tokens.size() ? OPERATORS.get(tokens.get(next)) : null;
        if (operator == null) {
            throw unexpected();
        }
        next++;
        List<Object> value = new ArrayList<>();
        value.add(literal());
        return new SoqlQuery.Condition(column, operator, value);
    }

    private SoqlQuery.Column column(SObjectType object, String label) {
        int dot = label.indexOf('.');
        if (dot < 0) {
            SObjectField field = object.field(label).orElseThrow(() -> noSuchColumn(label, object));
            return new SoqlQuery.Column(label, null, null, field);
        }
        SObjectField lookup = object.relationship(label.substring(0, dot)).orElseThrow(() -> noSuchColumn(label, object));
        SObjectType parent = SObjectType.fromApiName(lookup.referenceTo()).orElseThrow();
        SObjectField field = parent.field(label.substring(dot + 1)).orElseThrow(() -> noSuchColumn(label, object));
        return new SoqlQuery.Column(label, lookup, parent, field);
    }

    private Object literal() {
        String token = take();
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        if (token.equalsIgnoreCase("null")) {
            return null;
        }
        if (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")) {
            return Boolean.valueOf(token.toLowerCase(java.util.Locale.ROOT));
        }
        try {
            if (token.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(token);
            }
            if (token.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                return Instant.parse(token);
            }
            return new BigDecimal(token);
        } catch (DateTimeParseException | NumberFormatException e) {
            next--;
            throw unexpected();
        }
    }

    private BigDecimal number() {
        Object value = literal();
        if (!(value instanceof BigDecimal number)) {
            next--;
            throw unexpected();
        }
        return number;
    }

    private String identifier() {
        String token = take();
        if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '_' || isKeyword(token)) {
            next--;
            throw unexpected();
        }
        return token;
    }

    private static boolean isKeyword(String token) {
        return List.of("SELECT", "FROM", "WHERE", "AND", "OR", "LIMIT", "IN", "NOT", "GROUP", "OFFSET")
                .contains(token.toUpperCase(Locale.ROOT));
    }

    private boolean accept(String keyword) {
        if (next < tokens.size() && tokens.get(next).equalsIgnoreCase(keyword)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String keyword) {
        if (!accept(keyword)) {
            throw unexpected();
        }
    }

    private String take() {
        if (next >= tokens.size()) {
            throw unexpected();
        }
        return tokens.get(next++);
    }

    private SalesforceApiException unexpected() {
        return next < tokens.size() ? malformed(columnsAt.get(next), tokens.get(next)) : malformed(soql.length(), "<EOF>");
    }

    private SalesforceApiException malformed(int at, String token) {
        return new SalesforceApiException(400, "MALFORMED_QUERY", "\n" + soql + "\nERROR at Row:1:Column:" + (at + 1)
                + "\nunexpected token: " + token, List.of());
    }

    private SalesforceApiException noSuchColumn(String label, SObjectType object) {
        return new SalesforceApiException(400, "INVALID_FIELD", "\n" + soql + "\nNo such column '" + label + "' on entity '"
                + object.apiName() + "'. If you are attempting to use a custom field, be sure to append the '__c' after the "
                + "custom field name. Please reference your WSDL or the describe call for the appropriate names.", List.of());
    }
}
