package org.o2cbridge.connector.netsuite;

import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding of OAuth 1.0a (RFC 5849 §3.6): UTF-8 bytes, every byte outside the RFC 3986
 * unreserved set ({@code ALPHA DIGIT - . _ ~}) written as {@code %XX} with upper-case hex. Unlike
 * form encoding, a space is {@code %20} and {@code *} is encoded.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
