package org.o2cbridge.xref;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalesforceIdTest {

    /** 15-character ids and their 18-character forms, computed by the documented suffix algorithm. */
    @ParameterizedTest
    @CsvSource({
            "001000000000000,001000000000000AAA",
            "00Q000000000001,00Q000000000001EAA",
            "a0X5e000004fBcD,a0X5e000004fBcDEAU",
            "801Dn000001XyZa,801Dn000001XyZaIAK",
            "ABCDEABCDEABCDE,ABCDEABCDEABCDE555",
            "abcdeabcdeabcde,abcdeabcdeabcdeAAA"
    })
    void fifteenCharacterIdConvertsToItsEighteenCharacterForm(String id15, String id18) {
        assertEquals(id18, SalesforceId.parse(id15).orElseThrow().value());
        assertEquals(id18, SalesforceId.parse(id18).orElseThrow().value());
    }

    @Test
    void suffixIsReadCaseInsensitively() {
        assertEquals("801Dn000001XyZaIAK", SalesforceId.parse("801Dn000001XyZaiak").orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "801Dn000001XyZ", "801Dn000001XyZaIA", "801Dn000001XyZaIAKX", "801Dn000001XyZaAAA",
            "801Dn000001XyZ-IAK", "801Dn000001XyZ_", "801Dn00000 XyZa"})
    void textThatIsNoValidIdIsRefused(String text) {
        assertTrue(SalesforceId.parse(text).isEmpty(), text);
    }

    @Test
    void nullIsNoId() {
        assertTrue(SalesforceId.parse(null).isEmpty());
    }

    @Test
    void keyPrefixNamesTheObjectType() {
        assertEquals("801", SalesforceId.parse("801Dn000001XyZa").orElseThrow().keyPrefix());
    }

    @Test
    void constructorAcceptsOnlyTheCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> new SalesforceId("801Dn000001XyZa"));
        assertThrows(IllegalArgumentException.class, () -> new SalesforceId("801Dn000001XyZaiak"));
        assertEquals("801Dn000001XyZaIAK", new SalesforceId("801Dn000001XyZaIAK").value());
    }
}
