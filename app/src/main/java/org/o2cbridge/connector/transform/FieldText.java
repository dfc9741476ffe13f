package org.o2cbridge.connector.transform;

/**
 * ERP-neutral text transforms for fields with a length limit. Each ERP adapter passes its own
 * limit from its settings (NetSuite names 83, D365 names 100); the rules here are the same for all:
 * lengths count UTF-16 units as the ERPs do, a surrogate pair is never split, and whitespace left
 * at the end of a cut value is trimmed.
 */
public final class FieldText {

    private FieldText() {
    }

    /**
     * {@code text} cut to at most {@code max} UTF-16 units: a high surrogate left alone at the cut
     * is dropped, then trailing whitespace. A value within the limit is returned unchanged.
     */
    public static String truncate(String text, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }
}
