package org.o2cbridge.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.o2cbridge.outbox.DeadLetterService;
import org.o2cbridge.outbox.PayloadCheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an operator's corrected payload of a refused historical order: the order as JSON, still
 * the letter's order (its ERP id), with its number, customer, date and currency, and lines that
 * each have a unique ERP line id, an item, a quantity and a price. What is wrong is named in a 400.
 */
@ApplicationScoped
public class HistoricalOrderPayloadCheck implements PayloadCheck {

    @Inject
    Jsonb jsonb;

    @Override
    public Set<String> actions() {
        return Set.of(RefusedOrders.ACTION);
    }

    @Override
    public String check(String action, String aggregateId, String payload) {
        HistoricalOrder order;
        try {
            order = jsonb.fromJson(payload, HistoricalOrder.class);
        } catch (JsonbException | NullPointerException e) {
            throw DeadLetterService.badPayload("The payload is not a historical order as JSON (erpId, orderNumber, "
                    + "customerErpId, orderDate, currency, status, total, poNumber, lines): " + rootMessage(e));
        }
        if (order == null) {
            throw DeadLetterService.badPayload("The payload is JSON null; expected a historical order.");
        }
        List<String> problems = new ArrayList<>();
        if (!aggregateId.equals(order.erpId())) {
            problems.add("/erpId must stay " + aggregateId + ", the order of this letter");
        }
        blank(order.orderNumber(), "/orderNumber", problems);
        blank(order.customerErpId(), "/customerErpId", problems);
        blank(order.currency(), "/currency", problems);
        if (order.orderDate() == null) {
            problems.add("/orderDate must be a date, yyyy-mm-dd");
        }
        Set<String> lineIds = new HashSet<>();
        for (int i = 0; i < order.lines().size(); i++) {
            HistoricalOrderLine line = order.lines().get(i);
            String at = "/lines/" + i;
            if (line == null) {
                problems.add(at + " must not be null");
                continue;
            }
            blank(line.erpLineId(), at + "/erpLineId", problems);
            blank(line.itemCode(), at + "/itemCode", problems);
            if (line.erpLineId() != null && !lineIds.add(line.erpLineId())) {
                problems.add(at + "/erpLineId repeats " + line.erpLineId());
            }
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                problems.add(at + "/quantity must be more than 0");
            }
            if (line.unitPrice() == null) {
                problems.add(at + "/unitPrice must not be null");
            }
        }
        if (!problems.isEmpty()) {
            throw DeadLetterService.badPayload("The payload is not valid for a historical order: "
                    + String.join("; ", problems) + ".");
        }
        return jsonb.toJson(order);
    }

    private static void blank(String value, String pointer, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(pointer + " must not be blank");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
