package org.o2cbridge.xref;

import java.util.Optional;

/**
 * A Salesforce record id in its 18-character, case-insensitive form. Salesforce also writes ids in
 * a 15-character case-sensitive form; the three extra characters encode, five characters at a time,
 * which of the first fifteen are upper case. An 18-character id whose suffix does not match its
 * first fifteen characters is not a Salesforce id.
 */
public record SalesforceId(String value) {

    private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    public SalesforceId {
        if (canonical(value).filter(value::equals).isEmpty()) {
            throw new IllegalArgumentException("Not an 18-character Salesforce id: " + value);
        }
    }

    /** The id in 18-character form, or empty when the text is no valid 15- or 18-character id. */
    public static Optional<SalesforceId> parse(String text) {
        return canonical(text).map(SalesforceId::new);
    }

    private static Optional<String> canonical(String text) {
        if (text == null || !(text.length() == 15 || text.length() == 18) || !isAlphanumeric(text)) {
            return Optional.empty();
        }
        String base = text.substring(0, 15);
        String expected = base + suffixOf(base);
        if (text.length() == 18 && !expected.equalsIgnoreCase(text)) {
            return Optional.empty();
        }
        return Optional.of(expected);
    }

    /** The three-character prefix that names the object type, e.g. {@code 801} for Order. */
    public String keyPrefix() {
        return value.substring(0, 3);
    }

    static String suffixOf(String base15) {
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int position = 0; position < 5; position++) {
                char c = base15.charAt(chunk * 5 + position);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << position;
                }
            }
            suffix.append(SUFFIX_ALPHABET.charAt(bits));
        }
        return suffix.toString();
    }

    private static boolean isAlphanumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
