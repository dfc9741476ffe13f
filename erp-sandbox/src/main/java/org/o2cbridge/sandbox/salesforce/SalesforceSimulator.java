package org.o2cbridge.sandbox.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.sandbox.control.SimulatedSystem;
import org.o2cbridge.sandbox.salesforce.auth.AccessTokenRegistry;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * Joins the Salesforce simulator to the sandbox-wide reset: forgets every record and every session
 * token. Pending order-event retries stop on their own once their order is gone. Record ids keep
 * counting, so an id is never handed out twice.
 */
@ApplicationScoped
public class SalesforceSimulator implements SimulatedSystem {

    @Inject
    SalesforceOrg org;

    @Inject
    AccessTokenRegistry tokens;

    @Override
    public String systemName() {
        return "salesforce";
    }

    @Override
    public void reset() {
        org.clear();
        tokens.revokeAll();
    }
}
