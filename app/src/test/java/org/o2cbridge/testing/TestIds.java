package org.o2cbridge.testing;

import java.security.SecureRandom;

/** Fresh, valid 18-character Salesforce ids, so every test works on records of its own. */
public final class TestIds {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestIds() {
    }

    public static String order() {
        return of("801");
    }

    public static String account() {
        return of("001");
    }

    public static String orderItem() {
        return of("802");
    }

    public static String of(String keyPrefix) {
        StringBuilder id = new StringBuilder(keyPrefix).append("Dn");
        while (id.length() < 15) {
            id.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return id + suffix(id.toString());
    }

    /** The checksum suffix of a 15-character id, computed independently of the bridge's code. */
    public static String suffix(String id15) {
        StringBuilder suffix = new StringBuilder();
        for (int chunk = 0; chunk < 15; chunk += 5) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                if (Character.isUpperCase(id15.charAt(chunk + i))) {
                    bits += 1 << i;
                }
            }
            suffix.append(SUFFIX.charAt(bits));
        }
        return suffix.toString();
    }
}
