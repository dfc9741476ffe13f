package org.o2cbridge.connector.netsuite;

/**
 * The four secrets of a NetSuite TBA integration and the realm (the account id, e.g.
 * {@code 123456_SB1} for a sandbox). {@link #toString()} names no secret, so the record can appear
 * in logs and exception messages without leaking one.
 */
public record TokenCredentials(String realm, String consumerKey, String consumerSecret, String tokenId,
                               String tokenSecret) {

    @Override
    public String toString() {
        return "TokenCredentials[realm=" + realm + ", secrets hidden]";
    }
}
