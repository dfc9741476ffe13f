package org.o2cbridge.sandbox.netsuite.auth;

/**
 * The token-based authentication set-up of the simulated account: its id (the OAuth realm), the
 * integration record's consumer key and secret, and the access token's id and secret. The secrets
 * never appear in {@link #toString()}.
 */
public record TbaCredentials(String accountId, String consumerKey, String consumerSecret,
                             String tokenId, String tokenSecret) {

    @Override
    public String toString() {
        return "TbaCredentials[accountId=" + accountId + ", consumerKey=" + consumerKey + ", tokenId=" + tokenId + "]";
    }
}
