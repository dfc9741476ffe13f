package org.o2cbridge.reconciliation;

/**
 * Which ERP the bridge routes an order to by its legal entity, as the order flow decides it (the
 * routing mapping rows, else the default ERP).
 */
public interface OrderRoutes {

    /** The ERP of an order, or, when it cannot be decided, why not (then {@code system} is null). */
    record Route(String system, String problem) {

        public static Route to(String system) {
            return new Route(system, null);
        }

        public static Route undecided(String problem) {
            return new Route(null, problem);
        }
    }

    /** The route of an order of {@code legalEntity} (null or blank: the order names none). */
    Route route(String legalEntity);
}
