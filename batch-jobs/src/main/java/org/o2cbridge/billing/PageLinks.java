package org.o2cbridge.billing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The links of the page of documents the reader has just read, looked up in two queries for the
 * whole page rather than two per document; a document the page did not hold is looked up on its
 * own. The reader fills it and the processor links through it (the step's transient data, {@link
 * SyncState}); links found stay for the step, as an ERP id names one Salesforce record. It holds
 * the links of one ERP, the run's.
 */
public final class PageLinks {

    private final OrderLinks links;
    private final String system;
    private final Map<String, Optional<String>> orders = new HashMap<>();
    private final Map<String, Optional<String>> accounts = new HashMap<>();

    public PageLinks(OrderLinks links, String system) {
        this.links = links;
        this.system = Objects.requireNonNull(system);
    }

    /** Looks up the orders and customers of the page's documents not looked up before. */
    void load(List<BillingDocument> page) {
        Set<String> orderIds = new HashSet<>();
        Set<String> customerIds = new HashSet<>();
        for (BillingDocument document : page) {
            if (document.erpOrderId() != null && !orders.containsKey(document.erpOrderId())) {
                orderIds.add(document.erpOrderId());
            }
            if (document.erpCustomerId() != null && !accounts.containsKey(document.erpCustomerId())) {
                customerIds.add(document.erpCustomerId());
            }
        }
        if (!orderIds.isEmpty()) {
            Map<String, String> found = links.salesforceOrders(system, orderIds);
            orderIds.forEach(id -> orders.put(id, Optional.ofNullable(found.get(id))));
        }
        if (!customerIds.isEmpty()) {
            Map<String, String> found = links.salesforceAccounts(system, customerIds);
            customerIds.forEach(id -> accounts.put(id, Optional.ofNullable(found.get(id))));
        }
    }

    /** The Salesforce Order of the ERP's sales order {@code erpOrderId}. */
    public Optional<String> salesforceOrder(String erpOrderId) {
        Optional<String> known = orders.get(Objects.requireNonNull(erpOrderId));
        return known != null ? known : links.salesforceOrder(system, erpOrderId);
    }

    /** The Salesforce Account of the ERP's customer {@code erpCustomerId}. */
    public Optional<String> salesforceAccount(String erpCustomerId) {
        Optional<String> known = accounts.get(Objects.requireNonNull(erpCustomerId));
        return known != null ? known : links.salesforceAccount(system, erpCustomerId);
    }
}
