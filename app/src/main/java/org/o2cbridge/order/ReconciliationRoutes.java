package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.reconciliation.OrderRoutes;

/**
 * The reconciliation's answer to which ERP an order goes to: exactly what {@link OrderRouter}
 * answers for its legal entity; a legal entity it cannot route (no mapping and no default ERP, or a
 * system with no adapter) is undecided, with the router's message.
 */
@ApplicationScoped
public class ReconciliationRoutes implements OrderRoutes {

    @Inject
    OrderRouter router;

    @Override
    public Route route(String legalEntity) {
        try {
            return Route.to(router.route(legalEntity).system());
        } catch (RejectedCallException e) {
            return Route.undecided(e.getMessage());
        }
    }
}
