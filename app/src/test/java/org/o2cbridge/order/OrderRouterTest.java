package org.o2cbridge.order;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o2cbridge.connector.ErpGateways;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.mapping.MappingService;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderRouterTest {

    private static final Map<String, String> ROUTES = Map.of("US01", "netsuite", "DE01", "sap", "XX01", "oracle");

    private static OrderRouter router(String defaultSystem, boolean requireMapping) {
        MappingService mappings = new MappingService() {
            @Override
            public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
                return "routing".equals(targetSystem) && "legal-entity".equals(mapType)
                        ? Optional.ofNullable(ROUTES.get(sourceValue)) : Optional.empty();
            }
        };
        ErpGateways gateways = new ErpGateways() {
            @Override
            public SortedSet<String> systems() {
                return new TreeSet<>(java.util.List.of("netsuite", "sap"));
            }
        };
        return new OrderRouter(mappings, gateways, defaultSystem, requireMapping);
    }

    @ParameterizedTest(name = "{0} with default {1}, require mapping {2}: {3}")
    @CsvSource({
            "DE01, netsuite, false, sap",        // a routing row wins over the default
            "US01, none,     true,  netsuite",
            "FR01, netsuite, false, netsuite",   // no row: the single-ERP default
            ",     sap,      true,  sap",        // no legal entity: the default, even when rows are required
    })
    void routesByTheLegalEntitysRowThenTheDefault(String legalEntity, String defaultSystem, boolean require, String expected) {
        assertEquals(expected, router(defaultSystem, require).route(legalEntity).system());
    }

    @ParameterizedTest(name = "{0} with default {1}, require mapping {2}")
    @CsvSource({
            "FR01, netsuite, true,  MAPPING_MISSING, routing/legal-entity/FR01",
            "FR01, none,     false, MAPPING_MISSING, routing/legal-entity/FR01",
            ",     none,     false, NO_ROUTE,        o2c.erp.default-system",
            "XX01, netsuite, false, UNKNOWN_ERP,     'oracle'",
            "FR01, oracle,   false, UNKNOWN_ERP,     o2c.erp.default-system",
    })
    void anOrderWithNoUsableRouteIsRejectedNamingWhatToSet(String legalEntity, String defaultSystem, boolean require,
                                                          String code, String named) {
        RejectedCallException refused = assertThrows(RejectedCallException.class,
                () -> router(defaultSystem, require).route(legalEntity));

        assertEquals(code, refused.code());
        assertEquals("routing", refused.system());
        assertTrue(refused.getMessage().contains(named), refused.getMessage());
    }
}
