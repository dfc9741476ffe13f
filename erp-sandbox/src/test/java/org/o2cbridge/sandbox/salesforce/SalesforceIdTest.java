package org.o2cbridge.sandbox.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SalesforceIdTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "001Dn00000AbCdE, 001Dn00000AbCdEIAV",
            "001Dn00000AbCdF, 001Dn00000AbCdFIAV",
            "801Dn000001XyZa, 801Dn000001XyZaIAK",
            "802Dn000000AaAa, 802Dn000000AaAaIAK",
            "802Dn000000AaBb, 802Dn000000AaBbIAK",
            "0015000000Gv7qJ, 0015000000Gv7qJAAR",
            "001ABCDEFGHIJKL, 001ABCDEFGHIJKLY55",
            "001abcdefghijkl, 001abcdefghijklAAA",
            "005000000000000, 005000000000000AAA"})
    void fifteenCharacterIdsGetTheirCaseChecksumSuffix(String id15, String id18) {
        assertEquals(id18, SalesforceId.to18(id15));
    }

    @Test
    void idsThatDifferOnlyInLetterCaseGetDifferentSuffixes() {
        assertNotEquals(SalesforceId.to18("001Dn00000AbCdE").toLowerCase(),
                SalesforceId.to18("001Dn00000abcde").toLowerCase());
    }

    @Test
    void anEighteenCharacterIdIsFoundWhateverItsLetterCase() {
        assertEquals(Optional.of("001Dn00000AbCdEIAV"), SalesforceId.canonical("001dn00000abcdeiav"));
        assertEquals(Optional.of("001Dn00000AbCdEIAV"), SalesforceId.canonical("001DN00000ABCDEIAV"));
        assertEquals(Optional.of("001Dn00000AbCdEIAV"), SalesforceId.canonical("001Dn00000AbCdE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "001Dn00000AbCd", "001Dn00000AbCdEIA", "001Dn00000AbCdE-AV", "0012n00000AbCdEIAV"})
    void textThatCannotBeAnIdIsNotAccepted(String text) {
        assertEquals(Optional.empty(), SalesforceId.canonical(text));
    }

    @Test
    void onlyFifteenAlphanumericCharactersCanBeConverted() {
        assertThrows(IllegalArgumentException.class, () -> SalesforceId.to18("001Dn00000AbCd"));
        assertThrows(IllegalArgumentException.class, () -> SalesforceId.to18("001Dn00000AbC-E"));
    }

    @Test
    void generatedIdsCarryTheKeyPrefixAValidSuffixAndNeverRepeat() {
        IdSequence sequence = IdSequence.startingNow();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = sequence.next(i % 2 == 0 ? "801" : "802");
            assertTrue(id.matches("^80[12][a-zA-Z0-9]{12}[A-Z0-5]{3}$"), id);
            assertEquals(id, SalesforceId.to18(id.substring(0, 15)));
            assertTrue(seen.add(id.toLowerCase()), "repeated " + id);
        }
    }

    @Test
    void sequencesStartedLaterHandOutDifferentIds() {
        String earlier = new IdSequence(1_000_000).next("001");
        String later = new IdSequence(2_000_000).next("001");
        assertNotEquals(earlier, later);
    }
}
