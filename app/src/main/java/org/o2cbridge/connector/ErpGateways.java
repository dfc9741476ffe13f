package org.o2cbridge.connector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Finds the installed ERP adapter for a system name; adding an ERP adds one more bean here. */
@ApplicationScoped
public class ErpGateways {

    @Inject
    @Any
    Instance<ErpGateway> installed;

    public ErpGateway forSystem(String system) {
        return installed.stream().filter(g -> g.system().equals(system)).findFirst()
                .orElseThrow(() -> new RejectedCallException(system, null, "NO_ADAPTER",
                        "No ERP adapter is installed for '" + system + "'.", null));
    }
}
