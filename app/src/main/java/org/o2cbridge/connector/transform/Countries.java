package org.o2cbridge.connector.transform;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country text as Salesforce users type it — an ISO 3166 alpha-2 or alpha-3 code, the English
 * name, or the name in one of the country's own languages ("Deutschland", "España"), in any case,
 * with or without accents, dots and surrounding spaces — recognised as one ISO 3166 country, and
 * written in the code form an ERP wants. The codes and names are the JDK's {@link Locale} data
 * (CLDR), not a table of our own; only a few common names CLDR does not carry are added
 * ({@link #ALIASES}). An operator's {@code country} mapping row is looked up before this rule by
 * each adapter, so a row always wins.
 */
public final class Countries {

    /** The code of a refusal for country text that names no country. */
    public static final String UNKNOWN = "UNKNOWN_COUNTRY";

    /** The code forms ERPs use for a country. */
    public enum CodeForm {
        /** ISO 3166-1 alpha-2, e.g. {@code DE}. */
        ALPHA_2,
        /** ISO 3166-1 alpha-3, e.g. {@code DEU}. */
        ALPHA_3
    }

    /** Common names of a country that CLDR's display names do not carry, by their normalised key. */
    static final Map<String, String> ALIASES = Map.of(
            "uk", "GB",
            "great britain", "GB",
            "united states of america", "US",
            "czech republic", "CZ");

    private static final Map<String, String> ALPHA_2_BY_KEY = index();

    private Countries() {
    }

    /** The ISO 3166-1 alpha-2 code of the country {@code text} names, if it names one. */
    public static Optional<String> alpha2(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(ALPHA_2_BY_KEY.get(key(text)));
    }

    /** The code of the country {@code text} names, in {@code form}, if it names one. */
    public static Optional<String> code(String text, CodeForm form) {
        return alpha2(text).map(alpha2 -> form == CodeForm.ALPHA_2 ? alpha2 : new Locale("", alpha2).getISO3Country());
    }

    private static Map<String, String> index() {
        Map<String, String> keys = new HashMap<>();
        Set<String> codes = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
        for (String alpha2 : codes) {
            Locale country = new Locale("", alpha2);
            keys.put(key(alpha2), alpha2);
            keys.put(key(country.getISO3Country()), alpha2);
        }
        for (String alpha2 : codes) {
            keys.putIfAbsent(key(new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH)), alpha2);
        }
        for (Locale locale : Locale.getAvailableLocales()) {
            if (codes.contains(locale.getCountry())) {
                keys.putIfAbsent(key(locale.getDisplayCountry(locale)), locale.getCountry());
            }
        }
        ALIASES.forEach(keys::putIfAbsent);
        return Map.copyOf(keys);
    }

    /** Lower case, without accents or dots, with single spaces: "  U.S. " and "us" are the same key. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace(".", "").replace('\u2019', '\'').replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
