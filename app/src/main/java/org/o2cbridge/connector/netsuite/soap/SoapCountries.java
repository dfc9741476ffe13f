package org.o2cbridge.connector.netsuite.soap;

import java.util.Locale;
import java.util.Optional;

/**
 * NetSuite's SOAP {@code Country} enumeration from an ISO 3166 alpha-2 code: the English country
 * name in lower camel case after an underscore ({@code US} is {@code _unitedStates}, {@code DE}
 * {@code _germany}). Names NetSuite spells otherwise (such as {@code _koreaTheRepublicOf}) need a
 * mapping row; an unknown code gives no country.
 */
final class SoapCountries {

    private SoapCountries() {
    }

    static Optional<String> fromIso(String alpha2) {
        if (alpha2 == null || alpha2.strip().length() != 2) {
            return Optional.empty();
        }
        String name = new Locale("", alpha2.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        if (name.isEmpty() || name.equalsIgnoreCase(alpha2.strip())) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder("_");
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                value.append(value.length() == 1 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return Optional.of(value.toString());
    }
}
