package org.o2cbridge.connector.salesforce;

/**
 * A session from the JWT bearer flow: the access token and the {@code instance_url} that every
 * REST call of this session goes to. {@link #toString()} never shows the token.
 */
public record SalesforceSession(String accessToken, String instanceUrl) {

    /** {@code {instance_url}/services/data/v{apiVersion}}. */
    public String restBase(String apiVersion) {
        return SalesforceSettings.withoutTrailingSlash(instanceUrl) + "/services/data/v" + apiVersion;
    }

    @Override
    public String toString() {
        return "SalesforceSession[instanceUrl=" + instanceUrl + "]";
    }
}
