package org.o2cbridge.connector.netsuite;

import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.LoadedCustomers;
import org.o2cbridge.connector.netsuite.soap.CustomerUpsertOutcome;
import org.o2cbridge.customer.CustomerTarget;
import org.o2cbridge.customer.SalesforceAccount;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The load's accounts go to NetSuite at most 200 per upsertList, as customers keyed by the Account
 * Id with their addresses (an address Salesforce left empty is none), and NetSuite's outcomes come
 * back in the accounts' order.
 */
class NetSuiteCustomerLoadGatewayTest {

    private final List<List<ErpCustomer>> calls = new ArrayList<>();

    private NetSuiteCustomerLoadGateway gateway() {
        NetSuiteCustomerLoadGateway gateway = new NetSuiteCustomerLoadGateway();
        gateway.soap = new NetSuiteSoapCustomers() {
            @Override
            public List<CustomerUpsertOutcome> upsert(List<ErpCustomer> customers) {
                calls.add(customers);
                return customers.stream().map(c -> c.name().startsWith("Bad")
                        ? new CustomerUpsertOutcome(c.sfAccountId(), false, null, "USER_ERROR", "refused")
                        : new CustomerUpsertOutcome(c.sfAccountId(), true, "9" + c.sfAccountId(), null, null)).toList();
            }
        };
        return gateway;
    }

    @Test
    void sendsAtMostTwoHundredCustomersACallAndAnswersEveryOutcomeInOrder() {
        List<SalesforceAccount> accounts = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            accounts.add(new SalesforceAccount("001" + i, i == 201 ? "Bad name" : "Account " + i, null, null));
        }

        List<CustomerTarget.Outcome> outcomes = gateway().upsert(accounts, "");

        assertEquals(List.of(200, 200, 50), calls.stream().map(List::size).toList());
        assertEquals(450, outcomes.size());
        assertEquals(new CustomerTarget.Outcome("0010", true, "90010", null, null), outcomes.get(0));
        assertEquals(new CustomerTarget.Outcome("001201", false, null, "USER_ERROR", "refused"), outcomes.get(201));
        assertEquals("001449", outcomes.get(449).accountId());
    }

    @Test
    void anAccountBecomesACustomerKeyedByItsIdWithItsAddresses() {
        SalesforceAccount.Address billing = new SalesforceAccount.Address("100 Market St", "San Francisco", "CA", "94105", "US");
        SalesforceAccount.Address none = new SalesforceAccount.Address(null, null, null, null, null);

        ErpCustomer customer = LoadedCustomers.customer(new SalesforceAccount("001A1", "Acme", billing, none), null);

        assertEquals("001A1", customer.sfAccountId());
        assertEquals("Acme", customer.name());
        assertEquals(new ErpCustomer.Address("100 Market St", "San Francisco", "CA", "94105", "US"), customer.billingAddress());
        assertNull(customer.shippingAddress());
    }

    @Test
    void theSoapEndpointLiesUnderTheAccountsBaseUrl() {
        assertEquals("https://1234567.suitetalk.api.netsuite.com/services/NetSuitePort_2023_2",
                NetSuiteSoapCustomers.endpoint("https://1234567.suitetalk.api.netsuite.com/").toString());
    }
}
