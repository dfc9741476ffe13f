package org.o2cbridge.connector.transform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressLinesTest {

    /**
     * Streets with {@code \n} for a newline and {@code ⏎} for a Windows line end; fields are
     * separated by {@code ¦} in the expectation.
     */
    @ParameterizedTest(name = "[{index}] ''{0}'' over {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "1 Main St"                                   | 10,10,10 | "1 Main St"
            "1 Main St\\nSuite 200"                        | 10,10,10 | "1 Main St¦Suite 200"
            "1 Main St⏎Suite 200"                         | 10,10,10 | "1 Main St¦Suite 200"
            "  1 Main St  \\n\\n   \\nSuite   200 "         | 10,10,10 | "1 Main St¦Suite 200"
            "100 Very Long Street Name"                   | 10,10,10 | "100 Very¦Long¦Street Nam"
            "100 Very Long Street Name"                   | 10,10,20 | "100 Very¦Long¦Street Name"
            "Building 7\\nFloor 3\\nRoom 12\\n1 Main St"    | 12,12,12 | "Building 7,¦Floor 3,¦Room 12, 1 M"
            "A\\nB\\nC\\nD"                               | 5,5,5    | "A¦B¦C, D"
            "A\\nB\\nC\\nD\\nE"                           | 5,5,5    | "A, B,¦C, D,¦E"
            "100 Market St\\nSuite 400\\nFloor 4\\nBack door" | 150,150,150 | "100 Market St¦Suite 400¦Floor 4, Back door"
            "Hauptstraße 5\\nHinterhaus"                   | 60,40,40 | "Hauptstraße 5¦Hinterhaus"
            "Donaudampfschifffahrtsgesellschaft"          | 10,10,10 | "Donaudampf¦schifffahr¦tsgesellsc"
            "ABCDEFGHI😀xyz"                              | 10,10    | "ABCDEFGHI¦😀xyz"
            "AB CD EF"                                    | 2,2      | "AB¦CD"
            """)
    void linesGoToFieldsThenWrapAtSpacesAndOnlyTheLastFieldIsCut(String street, String lengths, String expected) {
        List<String> fields = AddressLines.split(street.replace("\\n", "\n").replace("⏎", "\r\n"), lengths(lengths));

        assertEquals(List.of(expected.split("¦")), fields);
    }

    @Test
    void aStreetOfTwoHundredFiftyFiveCharactersFitsNetSuitesThreeLinesWithNothingLost() {
        String street = "abcdefghi ".repeat(25) + "abcde";
        assertEquals(255, street.length());

        List<String> fields = AddressLines.split(street, List.of(150, 150, 150));

        assertEquals(street, String.join(" ", fields));
        fields.forEach(field -> assertTrue(field.length() <= 150, field));
    }

    @Test
    void noFieldEverSplitsASurrogatePair() {
        String street = "😀".repeat(100);

        List<String> fields = AddressLines.split(street, List.of(61, 41, 41));

        fields.forEach(field -> assertEquals(field.length() / 2, field.codePointCount(0, field.length()), field));
        assertEquals(List.of(60, 40, 40), fields.stream().map(String::length).toList());
    }

    @Test
    void aMissingOrBlankStreetFillsNoField() {
        assertEquals(List.of(), AddressLines.split(null, List.of(150, 150, 150)));
        assertEquals(List.of(), AddressLines.split(" \n \r\n", List.of(150, 150, 150)));
        assertNull(AddressLines.oneField(" \n ", 250));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' in one field of {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "1 Main St"                          | 250 | "1 Main St"
            "1 Main St\\nSuite 200"               | 250 | "1 Main St\\nSuite 200"
            " 1 Main St ⏎⏎ Suite  200 "          | 250 | "1 Main St\\nSuite 200"
            "1 Main St\\nSuite 200"               | 10  | "1 Main St"
            "1 Main St\\nSuite 200"               | 14  | "1 Main St\\nSuit"
            """)
    void oneFieldKeepsTheLinesJoinedByNewlineAndCutsTheEnd(String street, int max, String expected) {
        assertEquals(expected.replace("\\n", "\n"),
                AddressLines.oneField(street.replace("\\n", "\n").replace("⏎", "\r\n"), max));
    }

    @Test
    void aFieldTooShortForOneCharacterIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AddressLines.split("x", List.of(40, 1)));
    }

    private static List<Integer> lengths(String csv) {
        return Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
    }
}
