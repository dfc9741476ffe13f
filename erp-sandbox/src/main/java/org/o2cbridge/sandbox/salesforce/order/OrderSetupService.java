package org.o2cbridge.sandbox.salesforce.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.o2cbridge.sandbox.platform.ProblemException;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;
import org.o2cbridge.sandbox.salesforce.order.CreateOrderRequest.AccountRequest;
import org.o2cbridge.sandbox.salesforce.order.CreateOrderRequest.AddressRequest;
import org.o2cbridge.sandbox.salesforce.order.CreateOrderRequest.LineRequest;

/**
 * Sets up test and demo data the way a sales rep would in Salesforce: an account (or an existing
 * one), a draft order for it, and its order items.
 */
@ApplicationScoped
public class OrderSetupService {

    private SalesforceOrg org;

    protected OrderSetupService() {
    }

    @Inject
    public OrderSetupService(SalesforceOrg org) {
        this.org = org;
    }

    /** The ids and number of a created draft order. */
    public record CreatedOrder(String orderId, String accountId, List<String> orderItemIds, String orderNumber) {
    }

    public CreatedOrder createDraftOrder(CreateOrderRequest request) {
        String accountId = accountFor(request);
        Map<String, Object> order = new HashMap<>();
        order.put("AccountId", accountId);
        order.put("EffectiveDate", request.effectiveDate());
        order.put("CurrencyIsoCode", request.currency());
        order.put("PoNumber", request.poNumber());
        order.put("Legal_Entity__c", request.legalEntity());
        SObjectRecord created = org.insert(SObjectType.ORDER, order);
        List<String> itemIds = request.lines().stream().map(line -> addItem(created.id(), line)).toList();
        return new CreatedOrder(created.id(), accountId, itemIds, created.text("OrderNumber"));
    }

    private String accountFor(CreateOrderRequest request) {
        if ((request.account() == null) == (request.accountId() == null)) {
            throw ProblemException.invalidRequest("give either 'account' (a new account) or 'accountId' (an existing one)");
        }
        if (request.accountId() != null) {
            return org.find(SObjectType.ACCOUNT, request.accountId()).map(SObjectRecord::id).orElseThrow(() ->
                    ProblemException.invalidRequest("accountId: there is no Account with id " + request.accountId()));
        }
        return org.insert(SObjectType.ACCOUNT, accountFields(request.account())).id();
    }

    private static Map<String, Object> accountFields(AccountRequest account) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("Name", account.name());
        putAddress(fields, "Billing", account.billingAddress());
        putAddress(fields, "Shipping", account.shippingAddress());
        return fields;
    }

    private static void putAddress(Map<String, Object> fields, String kind, AddressRequest address) {
        if (address != null) {
            fields.put(kind + "Street", address.street());
            fields.put(kind + "City", address.city());
            fields.put(kind + "State", address.state());
            fields.put(kind + "PostalCode", address.postalCode());
            fields.put(kind + "Country", address.country());
        }
    }

    private String addItem(String orderId, LineRequest line) {
        Map<String, Object> item = new HashMap<>();
        item.put("OrderId", orderId);
        item.put("ProductCode", line.productCode());
        item.put("Quantity", line.quantity());
        item.put("UnitPrice", line.unitPrice());
        item.put("Unit_of_Measure__c", line.unitOfMeasure());
        return org.insert(SObjectType.ORDER_ITEM, item).id();
    }
}
