package org.o2cbridge.jobs;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Picks the adapter of a job's {@code erp} parameter among the installed adapters of a port, and
 * describes that parameter: its options are the systems that have an adapter of the port, so a
 * job is never offered an ERP it cannot work with.
 */
public final class ErpPorts {

    /** The name of the parameter, and of the batch property, that names a job's ERP. */
    public static final String PARAMETER = "erp";

    private static final List<String> ORDER = List.of("netsuite", "sap", "d365");

    private ErpPorts() {
    }

    /** The adapter of {@code system}; an unknown or empty system is refused with the systems there are. */
    public static <T extends ErpPort> T select(Iterable<T> adapters, String system) {
        for (T adapter : adapters) {
            if (adapter.system().equals(system)) {
                return adapter;
            }
        }
        throw new IllegalArgumentException("No ERP adapter for '" + system + "' here; there are " + systems(adapters));
    }

    /** The system's name as people write it: {@code NetSuite}, {@code SAP S/4HANA}, {@code Dynamics 365}. */
    public static String displayName(String system) {
        return switch (system == null ? "" : system) {
            case "netsuite" -> "NetSuite";
            case "sap" -> "SAP S/4HANA";
            case "d365" -> "Dynamics 365";
            default -> system;
        };
    }

    /** The systems with an adapter, NetSuite, SAP and Dynamics 365 in that order, then any other by name. */
    public static List<String> systems(Iterable<? extends ErpPort> adapters) {
        return StreamSupport.stream(adapters.spliterator(), false).map(ErpPort::system).distinct()
                .sorted(Comparator.comparingInt((String s) -> ORDER.contains(s) ? ORDER.indexOf(s) : ORDER.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * The {@code erp} parameter of a job whose ERP side is {@code adapters}: it defaults to
     * {@code preferred} (the bridge's default ERP) when that one has an adapter, else to the first.
     */
    public static JobParameter parameter(Iterable<? extends ErpPort> adapters, String preferred, String description) {
        List<String> systems = systems(adapters);
        if (systems.isEmpty()) {
            throw new IllegalStateException("No ERP adapter is installed");
        }
        return JobParameter.choice(PARAMETER, systems.contains(preferred) ? preferred : systems.get(0), systems,
                description);
    }
}
