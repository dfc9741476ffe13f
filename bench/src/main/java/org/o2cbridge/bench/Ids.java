package org.o2cbridge.bench;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid 18-character Salesforce ids (with the case-checksum suffix). */
final class Ids {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private Ids() {
    }

    static String order() {
        return of("801");
    }

    static String account() {
        return of("001");
    }

    static String orderItem() {
        return of("802");
    }

    /** 12 random base-62 characters after the key prefix: about 3e21 ids, no repeats in practice. */
    static String of(String keyPrefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder(18).append(keyPrefix);
        while (id.length() < 15) {
            id.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        String id15 = id.toString();
        for (int chunk = 0; chunk < 15; chunk += 5) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                if (Character.isUpperCase(id15.charAt(chunk + i))) {
                    bits += 1 << i;
                }
            }
            id.append(SUFFIX.charAt(bits));
        }
        return id.toString();
    }
}
