package org.o2cbridge.connector.transform;

import java.util.ArrayList;
import java.util.List;

/**
 * A Salesforce street — free text up to 255 characters, often several lines — laid out over an
 * ERP's street fields, each with its own length limit (NetSuite {@code addr1..addr3}, SAP's street
 * and its supplements), or joined into one field (D365). The rules are the same for every ERP:
 * blank lines and the spaces around and inside a line are squeezed out; each line starts a new
 * field, a line too long for its field wraps at a space (a word longer than a field is cut
 * between characters, never inside a surrogate pair), and the last field takes the remaining
 * lines joined with {@code ", "}. Nothing is lost while the text fits: when that layout does not
 * fit, the lines are joined with {@code ", "} and wrapped across the fields as one text. Only when
 * even that does not fit is the last field cut, with {@link FieldText#truncate}, and the rest of
 * the street dropped.
 */
public final class AddressLines {

    private AddressLines() {
    }

    /**
     * {@code street} over fields of the given lengths, as many values as are needed (none for a
     * missing or blank street), each within its field's length.
     */
    public static List<String> split(String street, List<Integer> fieldLengths) {
        if (fieldLengths.isEmpty() || fieldLengths.stream().anyMatch(length -> length < 2)) {
            throw new IllegalArgumentException("every field must hold at least two characters: " + fieldLengths);
        }
        List<String> lines = lines(street);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        if (layOut(lines, fieldLengths, fields)) {
            return fields;
        }
        fields.clear();
        layOut(List.of(String.join(", ", lines)), fieldLengths, fields);
        return fields;
    }

    /**
     * {@code street} as one field of at most {@code max} characters, its lines joined by a newline;
     * cut with {@link FieldText#truncate} when longer. Null for a missing or blank street.
     */
    public static String oneField(String street, int max) {
        List<String> lines = lines(street);
        return lines.isEmpty() ? null : FieldText.truncate(String.join("\n", lines), max);
    }

    /**
     * Lays the paragraphs out in order, each from a new field; the last field takes all that is
     * left, joined with {@code ", "}. Answers whether everything fitted (the last field cut if not).
     */
    private static boolean layOut(List<String> paragraphs, List<Integer> fieldLengths, List<String> fields) {
        int last = fieldLengths.size() - 1;
        for (int p = 0; p < paragraphs.size(); p++) {
            String rest = paragraphs.get(p);
            while (!rest.isEmpty()) {
                if (fields.size() == last) {
                    List<String> left = new ArrayList<>(List.of(rest));
                    left.addAll(paragraphs.subList(p + 1, paragraphs.size()));
                    String all = String.join(", ", left);
                    fields.add(FieldText.truncate(all, fieldLengths.get(last)));
                    return all.length() <= fieldLengths.get(last);
                }
                int end = breakAt(rest, fieldLengths.get(fields.size()));
                fields.add(rest.substring(0, end).strip());
                rest = rest.substring(end).strip();
            }
        }
        return true;
    }

    /** Where a field of {@code max} characters ends: the whole text, the last space within, or a cut. */
    private static int breakAt(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', max);
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    private static List<String> lines(String street) {
        if (street == null) {
            return List.of();
        }
        return street.lines().map(line -> line.replaceAll("\\s+", " ").strip()).filter(line -> !line.isEmpty()).toList();
    }
}
