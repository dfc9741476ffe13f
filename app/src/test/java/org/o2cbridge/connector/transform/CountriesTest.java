package org.o2cbridge.connector.transform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountriesTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1} / {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            US                          | US | USA
            us                          | US | USA
            "  us "                     | US | USA
            USA                         | US | USA
            U.S.                        | US | USA
            U.S.A.                      | US | USA
            United States               | US | USA
            united states of america    | US | USA
            "United  States"            | US | USA
            DE                          | DE | DEU
            deu                         | DE | DEU
            Germany                     | DE | DEU
            Deutschland                 | DE | DEU
            GB                          | GB | GBR
            UK                          | GB | GBR
            U.K.                        | GB | GBR
            United Kingdom              | GB | GBR
            Great Britain               | GB | GBR
            France                      | FR | FRA
            España                      | ES | ESP
            Espana                      | ES | ESP
            Österreich                  | AT | AUT
            Czech Republic              | CZ | CZE
            Czechia                     | CZ | CZE
            Switzerland                 | CH | CHE
            Schweiz                     | CH | CHE
            Suisse                      | CH | CHE
            Japan                       | JP | JPN
            日本                         | JP | JPN
            Côte d’Ivoire               | CI | CIV
            Cote d'Ivoire               | CI | CIV
            Kiribati                    | KI | KIR
            """)
    void namesAndCodesBecomeTheIsoCodeInEachForm(String text, String alpha2, String alpha3) {
        assertEquals(Optional.of(alpha2), Countries.code(text, Countries.CodeForm.ALPHA_2));
        assertEquals(Optional.of(alpha3), Countries.code(text, Countries.CodeForm.ALPHA_3));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' names no country")
    @NullSource
    @ValueSource(strings = {"", "   ", "Narnia", "XX", "ZZZ", "Europe", "U", "United", "America"})
    void textThatNamesNoCountryIsNotGuessed(String text) {
        assertEquals(Optional.empty(), Countries.alpha2(text));
    }
}
