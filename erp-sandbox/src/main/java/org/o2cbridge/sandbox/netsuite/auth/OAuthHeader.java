package org.o2cbridge.sandbox.netsuite.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of an {@code Authorization: OAuth realm="…", oauth_consumer_key="…", …} header
 * (RFC 5849 §3.5.1), with their values percent-decoded. The realm is kept apart because it takes
 * no part in the signature.
 */
public record OAuthHeader(String realm, Map<String, String> parameters) {

    private static final Pattern SCHEME = Pattern.compile("^\\s*OAuth\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER = Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*=\\s*\"([^\"]*)\"\\s*(,|$)");

    /** Reads a header; empty when it is absent, not of the OAuth scheme, malformed or has a repeat. */
    public static Optional<OAuthHeader> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher scheme = SCHEME.matcher(header);
        if (!scheme.find()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher parameter = PARAMETER.matcher(header);
        int position = scheme.end();
        while (position < header.length()) {
            if (!parameter.find(position) || parameter.start() != position) {
                return Optional.empty();
            }
            try {
                if (parameters.put(parameter.group(1), OAuthSignature.decode(parameter.group(2))) != null) {
                    return Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            position = parameter.end();
        }
        String realm = parameters.remove("realm");
        return Optional.of(new OAuthHeader(realm, Map.copyOf(parameters)));
    }

    public String get(String name) {
        return parameters.get(name);
    }
}
