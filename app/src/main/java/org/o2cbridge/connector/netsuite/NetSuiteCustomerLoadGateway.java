package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.LoadedCustomers;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.connector.netsuite.soap.CustomerUpsertOutcome;
import org.o2cbridge.connector.netsuite.soap.NetSuiteSoapCustomerGateway;
import org.o2cbridge.customer.CustomerTarget;
import org.o2cbridge.customer.SalesforceAccount;

import java.util.ArrayList;
import java.util.List;

/**
 * The initial load's customers written to NetSuite with SOAP {@code upsertList}, at most
 * {@value NetSuiteSoapCustomerGateway#MAX_RECORDS} a call, each keyed by its Salesforce Account Id,
 * with the chunk's transaction suspended while NetSuite works. A call that fails as a whole is
 * retried a few times when NetSuite throttles or does not answer: every call is an upsert by
 * external id, so a call sent again makes no second customer.
 */
@ApplicationScoped
public class NetSuiteCustomerLoadGateway implements CustomerTarget {

    @Inject
    NetSuiteSoapCustomers soap;

    @Override
    public String system() {
        return NetSuiteGateway.SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public List<Outcome> upsert(List<SalesforceAccount> accounts, String legalEntity) {
        List<Outcome> outcomes = new ArrayList<>(accounts.size());
        for (int from = 0; from < accounts.size(); from += NetSuiteSoapCustomerGateway.MAX_RECORDS) {
            List<SalesforceAccount> slice = accounts.subList(from,
                    Math.min(accounts.size(), from + NetSuiteSoapCustomerGateway.MAX_RECORDS));
            for (CustomerUpsertOutcome outcome : soap.upsert(slice.stream().map(a -> LoadedCustomers.customer(a, legalEntity)).toList())) {
                outcomes.add(new Outcome(outcome.sfAccountId(), outcome.success(), outcome.internalId(), outcome.code(),
                        outcome.message()));
            }
        }
        return outcomes;
    }
}
