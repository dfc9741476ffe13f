package org.o2cbridge.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The audit log page: the latest 500 operator actions, newest first. */
@Named
@RequestScoped
public class AuditView {

    @Inject
    ConsoleAudit audit;

    private List<ConsoleAudit.Entry> entries;

    public List<ConsoleAudit.Entry> getEntries() {
        if (entries == null) {
            entries = audit.latest(500);
        }
        return entries;
    }
}
