package org.o2cbridge.fulfillment;

import org.o2cbridge.billing.OrderLinks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * For the page of fulfillments the reader has just read: the Salesforce Order of each sales order
 * (one look-up for the page; links found stay for the step, as an ERP id names one Salesforce
 * record) and every fulfillment the ERP holds for each linked order (one query for the page, made
 * again for each page, so an order's shipments are as the ERP has them when its page is read).
 * The reader fills it and the processor links through it ({@link FulfillmentSyncState}).
 */
public final class PageShipments {

    private final OrderLinks links;
    /** The ERP whose fulfillments the job reads, and so whose sales orders it links. */
    private final String system;
    private final FulfillmentSource source;
    private final Map<String, Optional<String>> orders = new HashMap<>();
    private Map<String, List<Fulfillment>> fulfillments = new HashMap<>();

    public PageShipments(OrderLinks links, String system, FulfillmentSource source) {
        this.links = links;
        this.system = system;
        this.source = source;
    }

    void load(List<Fulfillment> page) {
        Set<String> unknown = new HashSet<>();
        Set<String> linked = new LinkedHashSet<>();
        for (Fulfillment fulfillment : page) {
            String order = fulfillment.erpOrderId();
            if (order != null && !orders.containsKey(order)) {
                unknown.add(order);
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, String> found = links.salesforceOrders(system, unknown);
            unknown.forEach(id -> orders.put(id, Optional.ofNullable(found.get(id))));
        }
        for (Fulfillment fulfillment : page) {
            if (fulfillment.erpOrderId() != null && orders.get(fulfillment.erpOrderId()).isPresent()) {
                linked.add(fulfillment.erpOrderId());
            }
        }
        fulfillments = linked.isEmpty() ? new HashMap<>() : new HashMap<>(source.ofOrders(linked));
    }

    /** The record Salesforce gets for a fulfillment, or why it cannot have one. */
    public FulfillmentRecord link(Fulfillment fulfillment) {
        String erpOrder = fulfillment.erpOrderId();
        if (erpOrder == null) {
            throw new UnlinkedFulfillmentException("The " + fulfillment.key() + " was made from no sales order.");
        }
        Optional<String> known = orders.get(erpOrder);
        if (known == null) {
            known = links.salesforceOrder(system, erpOrder);
            orders.put(erpOrder, known);
        }
        String sfOrder = known.orElseThrow(() -> new UnlinkedFulfillmentException("The " + fulfillment.key()
                + " ships sales order " + erpOrder + ", which came from no Salesforce order the bridge knows."));
        List<Fulfillment> all = fulfillments.get(erpOrder);
        if (all == null || all.stream().noneMatch(f -> f.erpId().equals(fulfillment.erpId()))) {
            all = source.ofOrders(List.of(erpOrder)).getOrDefault(erpOrder, List.of(fulfillment));
            fulfillments.put(erpOrder, all);
        }
        return new FulfillmentRecord(fulfillment, OrderShipment.of(sfOrder, erpOrder, all));
    }
}
