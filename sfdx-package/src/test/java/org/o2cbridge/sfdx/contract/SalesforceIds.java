package org.o2cbridge.sfdx.contract;

import java.util.regex.Pattern;

/** Salesforce record ids: what an Apex {@code Id} holds after a 15- or 18-character value is assigned. */
final class SalesforceIds {

    private static final Pattern ID = Pattern.compile("^[a-zA-Z0-9]{15}([a-zA-Z0-5]{3})?$");
    private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private SalesforceIds() {
    }

    /** The 18-character form; an 18-character value must carry the right checksum suffix. */
    static String to18(String id) {
        if (!ID.matcher(id).matches()) {
            throw new AssertionError(id + " is not a Salesforce id, so an Apex Id cannot hold it");
        }
        String base = id.substring(0, 15);
        StringBuilder suffix = new StringBuilder();
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = base.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(SUFFIX_CHARS.charAt(bits));
        }
        String full = base + suffix;
        if (id.length() == 18 && !id.equalsIgnoreCase(full)) {
            throw new AssertionError(id + " has a wrong checksum suffix; expected " + full);
        }
        return full;
    }
}
