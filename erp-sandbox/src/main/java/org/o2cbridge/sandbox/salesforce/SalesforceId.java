package org.o2cbridge.sandbox.salesforce;

import java.util.Optional;

/**
 * Salesforce record ids: 15 case-sensitive characters, made safe for case-insensitive systems by a
 * three-character suffix that encodes which of the first fifteen characters are upper-case letters.
 * The suffix is what lets the sandbox hand out ids the bridge accepts, and lets it find a record
 * however a client spells its id (15 characters, or 18 in any letter case).
 */
public final class SalesforceId {

    private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private SalesforceId() {
    }

    /** The 18-character form of a 15-character id. */
    public static String to18(String id15) {
        if (id15 == null || id15.length() != 15 || !id15.chars().allMatch(SalesforceId::isAlphanumeric)) {
            throw new IllegalArgumentException("not a 15-character Salesforce id");
        }
        StringBuilder id = new StringBuilder(id15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = 0;
            for (int position = 0; position < 5; position++) {
                char c = id15.charAt(chunk * 5 + position);
                if (c >= 'A' && c <= 'Z') {
                    flags |= 1 << position;
                }
            }
            id.append(SUFFIX_ALPHABET.charAt(flags));
        }
        return id.toString();
    }

    /**
     * The canonical 18-character form of an id given with 15 characters, or with 18 characters in
     * any letter case (the suffix restores the case of the first fifteen); empty when the text
     * cannot be a Salesforce id.
     */
    public static Optional<String> canonical(String id) {
        if (id == null || !id.chars().allMatch(SalesforceId::isAlphanumeric)) {
            return Optional.empty();
        }
        if (id.length() == 15) {
            return Optional.of(to18(id));
        }
        if (id.length() != 18) {
            return Optional.empty();
        }
        String suffix = id.substring(15).toUpperCase();
        StringBuilder restored = new StringBuilder(15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = SUFFIX_ALPHABET.indexOf(suffix.charAt(chunk));
            if (flags < 0) {
                return Optional.empty();
            }
            for (int position = 0; position < 5; position++) {
                char c = id.charAt(chunk * 5 + position);
                boolean upper = (flags & (1 << position)) != 0;
                restored.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
        String candidate = to18(restored.toString());
        return candidate.equalsIgnoreCase(id) ? Optional.of(candidate) : Optional.empty();
    }

    private static boolean isAlphanumeric(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
