package org.o2cbridge.sandbox.netsuite.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteApiException;

/**
 * Reads the deliberately small part of SuiteQL the simulator answers, and refuses everything else
 * with NetSuite's 400 {@code INVALID_PARAMETER} rather than answering it wrong:
 * <pre>
 * SELECT column [, column…] FROM table [WHERE predicate [AND predicate…]]
 *        [ORDER BY name [ASC|DESC] [, name [ASC|DESC]…]]
 * column    := name | BUILTIN.DF(name)   each optionally followed by [AS] label
 * predicate := name = literal | name IN (literal [, literal…]) | name (&gt; | &gt;= | &lt; | &lt;=) literal
 * literal   := a number | 'text' ('' inside for a quote)
 *            | TO_TIMESTAMP('2026-01-31 23:59:59', 'YYYY-MM-DD HH24:MI:SS')   (UTC)
 *            | TO_DATE('2026-01-31', 'YYYY-MM-DD')                            (as 2026-01-31)
 * </pre>
 * Keywords and names are case-insensitive. To grow the subset (joins, ranges, ORDER BY), add a
 * rule here and its meaning in {@link SuiteQlService}; the tokens already know every symbol.
 */
public final class SuiteQlParser {

    private final List<Token> tokens;
    private int position;

    private SuiteQlParser(String query) {
        this.tokens = tokenize(query);
    }

    public static SuiteQlQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw invalid("The query is empty.");
        }
        return new SuiteQlParser(query).query();
    }

    private SuiteQlQuery query() {
        keyword("SELECT");
        List<SuiteQlQuery.Column> columns = new ArrayList<>();
        do {
            columns.add(column());
        } while (symbol(","));
        keyword("FROM");
        String table = name("a table name");
        List<SuiteQlQuery.Predicate> where = new ArrayList<>();
        if (peekKeyword("WHERE")) {
            position++;
            where.add(predicate());
            while (peekKeyword("AND")) {
                position++;
                where.add(predicate());
            }
        }
        List<SuiteQlQuery.Order> orderBy = new ArrayList<>();
        if (peekKeyword("ORDER")) {
            position++;
            keyword("BY");
            do {
                String column = name("a column");
                boolean descending = false;
                if (peekKeyword("ASC") || peekKeyword("DESC")) {
                    descending = tokens.get(position++).text().equalsIgnoreCase("DESC");
                }
                orderBy.add(new SuiteQlQuery.Order(column, descending));
            } while (symbol(","));
        }
        if (position < tokens.size()) {
            throw unsupported("'" + tokens.get(position).text() + "'");
        }
        return new SuiteQlQuery(List.copyOf(columns), table, List.copyOf(where), List.copyOf(orderBy));
    }

    private SuiteQlQuery.Column column() {
        String first = name("a column");
        boolean display = false;
        String column = first;
        if (first.equals("builtin") && symbol(".")) {
            String function = name("a function");
            if (!function.equals("df")) {
                throw unsupported("BUILTIN." + function.toUpperCase(Locale.ROOT));
            }
            expect("(");
            column = name("a column");
            expect(")");
            display = true;
        }
        String label = column;
        if (peekKeyword("AS")) {
            position++;
            label = name("a column label");
        } else if (position < tokens.size() && tokens.get(position).kind() == Kind.NAME && !isKeyword(tokens.get(position))) {
            label = name("a column label");
        }
        return new SuiteQlQuery.Column(column, display, label);
    }

    private SuiteQlQuery.Predicate predicate() {
        String column = name("a column");
        if (symbol("=")) {
            return new SuiteQlQuery.Predicate(column, List.of(literal()));
        }
        if (symbol(">")) {
            SuiteQlQuery.Operator operator = symbol("=") ? SuiteQlQuery.Operator.GREATER_OR_EQUAL : SuiteQlQuery.Operator.GREATER;
            return new SuiteQlQuery.Predicate(column, operator, List.of(literal()));
        }
        if (symbol("<")) {
            SuiteQlQuery.Operator operator = symbol("=") ? SuiteQlQuery.Operator.LESS_OR_EQUAL : SuiteQlQuery.Operator.LESS;
            return new SuiteQlQuery.Predicate(column, operator, List.of(literal()));
        }
        keyword("IN");
        expect("(");
        List<String> values = new ArrayList<>();
        do {
            values.add(literal());
        } while (symbol(","));
        expect(")");
        return new SuiteQlQuery.Predicate(column, List.copyOf(values));
    }

    private String literal() {
        Token token = next("a value");
        if (token.kind() == Kind.NUMBER || token.kind() == Kind.TEXT) {
            return token.text();
        }
        if (token.kind() == Kind.NAME && token.text().equalsIgnoreCase("TO_TIMESTAMP")) {
            expect("(");
            String text = literal();
            expect(",");
            String format = literal();
            expect(")");
            return timestamp(text, format);
        }
        if (token.kind() == Kind.NAME && token.text().equalsIgnoreCase("TO_DATE")) {
            expect("(");
            String text = literal();
            expect(",");
            String format = literal();
            expect(")");
            return date(text, format);
        }
        throw unsupported("'" + token.text() + "' where a number or a 'text' value is expected");
    }

    private static String timestamp(String text, String format) {
        if (!format.equalsIgnoreCase("YYYY-MM-DD HH24:MI:SS")) {
            throw unsupported("TO_TIMESTAMP format '" + format + "' (the sandbox reads 'YYYY-MM-DD HH24:MI:SS')");
        }
        try {
            return LocalDateTime.parse(text.strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            throw invalid("'" + text + "' is not a timestamp in the format " + format + ".");
        }
    }

    private static String date(String text, String format) {
        if (!format.equalsIgnoreCase("YYYY-MM-DD")) {
            throw unsupported("TO_DATE format '" + format + "' (the sandbox reads 'YYYY-MM-DD')");
        }
        try {
            return LocalDate.parse(text.strip()).toString();
        } catch (DateTimeParseException e) {
            throw invalid("'" + text + "' is not a date in the format " + format + ".");
        }
    }

    private String name(String what) {
        Token token = next(what);
        if (token.kind() != Kind.NAME) {
            throw unsupported("'" + token.text() + "' where " + what + " is expected");
        }
        return token.text().toLowerCase(Locale.ROOT);
    }

    private void keyword(String keyword) {
        Token token = next(keyword);
        if (token.kind() != Kind.NAME || !token.text().equalsIgnoreCase(keyword)) {
            throw unsupported("'" + token.text() + "' where " + keyword + " is expected");
        }
    }

    private boolean peekKeyword(String keyword) {
        return position < tokens.size() && tokens.get(position).kind() == Kind.NAME
                && tokens.get(position).text().equalsIgnoreCase(keyword);
    }

    private boolean symbol(String symbol) {
        if (position < tokens.size() && tokens.get(position).kind() == Kind.SYMBOL && tokens.get(position).text().equals(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!symbol(symbol)) {
            throw unsupported(position < tokens.size() ? "'" + tokens.get(position).text() + "' where '" + symbol
                    + "' is expected" : "the end of the query where '" + symbol + "' is expected");
        }
    }

    private Token next(String what) {
        if (position >= tokens.size()) {
            throw unsupported("the end of the query where " + what + " is expected");
        }
        return tokens.get(position++);
    }

    private static boolean isKeyword(Token token) {
        String text = token.text().toUpperCase(Locale.ROOT);
        return text.equals("FROM") || text.equals("WHERE") || text.equals("AND") || text.equals("ORDER");
    }

    private enum Kind { NAME, NUMBER, TEXT, SYMBOL }

    private record Token(Kind kind, String text) {
    }

    private static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < query.length() && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, query.substring(start, i)));
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < query.length() && Character.isDigit(query.charAt(i + 1)))) {
                int start = i++;
                while (i < query.length() && (Character.isDigit(query.charAt(i)) || query.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, query.substring(start, i)));
            } else if (c == '\'') {
                StringBuilder text = new StringBuilder();
                i++;
                while (true) {
                    if (i >= query.length()) {
                        throw invalid("A text value is not closed with a quote.");
                    }
                    if (query.charAt(i) == '\'') {
                        if (i + 1 < query.length() && query.charAt(i + 1) == '\'') {
                            text.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    text.append(query.charAt(i++));
                }
                tokens.add(new Token(Kind.TEXT, text.toString()));
            } else if (",().=*<>".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            } else {
                throw unsupported("the character '" + c + "'");
            }
        }
        return tokens;
    }

    private static NetSuiteApiException unsupported(String what) {
        return invalid("Unsupported or invalid SuiteQL near " + what + ". The sandbox answers SELECT columns "
                + "(or BUILTIN.DF(column)) FROM one table WHERE column = value, column IN (values) or column > value "
                + "(>=, <, <=), joined by AND, ORDER BY columns.");
    }

    static NetSuiteApiException invalid(String detail) {
        return new NetSuiteApiException(400, "INVALID_PARAMETER", "Invalid search query. " + detail, null);
    }
}
