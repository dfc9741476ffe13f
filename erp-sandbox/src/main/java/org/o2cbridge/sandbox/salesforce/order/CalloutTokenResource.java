package org.o2cbridge.sandbox.salesforce.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Control API {@code POST /api/salesforce/callout-token}: mints the bearer token the package's
 * External Credential would put on a callout (RS256 with the org's key, the configured issuer,
 * subject and audience, five minutes valid), so a demo or a test can call the bridge's API as the
 * org does. Answers the token as plain text.
 */
@RequestScoped
@Path("api/salesforce/callout-token")
public class CalloutTokenResource {

    @Inject
    SalesforcePackage salesforcePackage;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String mint() {
        return salesforcePackage.mintCalloutToken();
    }
}
