package org.o2cbridge.sandbox.d365.odata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an OData key predicate such as {@code dataAreaId='usmf',SalesOrderNumber='000002'}: names
 * and single-quoted string values, a quote inside a value doubled ({@code 'O''Brien'}).
 */
final class KeyPredicate {

    private KeyPredicate() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> keys = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            int eq = text.indexOf('=', i);
            if (eq < 0 || eq + 1 >= text.length() || text.charAt(eq + 1) != '\'') {
                throw ODataException.badRequest("The key predicate (" + text + ") is not valid: every key needs "
                        + "name='value'.");
            }
            String name = text.substring(i, eq).strip();
            StringBuilder value = new StringBuilder();
            int j = eq + 2;
            while (true) {
                if (j >= text.length()) {
                    throw ODataException.badRequest("The key predicate (" + text + ") has an unterminated string.");
                }
                char c = text.charAt(j);
                if (c == '\'') {
                    if (j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                        value.append('\'');
                        j += 2;
                        continue;
                    }
                    break;
                }
                value.append(c);
                j++;
            }
            keys.put(name, value.toString());
            i = j + 1;
            if (i < text.length()) {
                if (text.charAt(i) != ',') {
                    throw ODataException.badRequest("The key predicate (" + text + ") is not valid.");
                }
                i++;
            }
        }
        return keys;
    }
}
