package org.o2cbridge.connector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Finds the installed ERP adapter for a system name; adding an ERP adds one more bean here. */
@ApplicationScoped
public class ErpGateways {

    @Inject
    @Any
    Instance<ErpGateway> installed;

    /** The names of the installed ERP adapters, e.g. {@code [netsuite, sap]}. */
    public SortedSet<String> systems() {
        return installed.stream().map(ErpGateway::system).collect(Collectors.toCollection(TreeSet::new));
    }

    public ErpGateway forSystem(String system) {
        return installed.stream().filter(g -> g.system().equals(system)).findFirst()
                .orElseThrow(() -> new RejectedCallException(system, null, "NO_ADAPTER",
                        "No ERP adapter is installed for '" + system + "'.", null));
    }
}
