package org.o2cbridge.order;

import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ErpGateways;
import org.o2cbridge.mapping.MappingService;
import org.o2cbridge.reconciliation.OrderRoutes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reconciliation's routes are the order flow's; a legal entity the router refuses is undecided, with why. */
class ReconciliationRoutesTest {

    private static ReconciliationRoutes routes(String defaultSystem) {
        Map<String, String> rows = Map.of("DE01", "sap", "USMF", "d365");
        MappingService mappings = new MappingService() {
            @Override
            public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
                return "routing".equals(targetSystem) && "legal-entity".equals(mapType)
                        ? Optional.ofNullable(rows.get(sourceValue)) : Optional.empty();
            }
        };
        ErpGateways gateways = new ErpGateways() {
            @Override
            public SortedSet<String> systems() {
                return new TreeSet<>(List.of("netsuite", "sap", "d365"));
            }
        };
        ReconciliationRoutes routes = new ReconciliationRoutes();
        routes.router = new OrderRouter(mappings, gateways, defaultSystem, false);
        return routes;
    }

    @Test
    void routesAsTheOrderFlowDoes() {
        assertEquals(OrderRoutes.Route.to("sap"), routes("netsuite").route("DE01"));
        assertEquals(OrderRoutes.Route.to("d365"), routes("none").route("USMF"));
        assertEquals(OrderRoutes.Route.to("netsuite"), routes("netsuite").route(null));
    }

    @Test
    void aLegalEntityWithoutRouteIsUndecidedNamingTheMissingRow() {
        OrderRoutes.Route route = routes("none").route("FR01");
        assertNull(route.system());
        assertTrue(route.problem().contains("routing/legal-entity/FR01"), route.problem());
    }
}
