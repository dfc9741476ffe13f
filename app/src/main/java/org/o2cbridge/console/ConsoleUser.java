package org.o2cbridge.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.o2cbridge.platform.security.ConfiguredIdentityStore;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in to the console in this HTTP session, and with which roles. */
@Named
@SessionScoped
public class ConsoleUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Set<String> roles = Set.of();

    void signIn(String name, Set<String> roles) {
        this.name = name;
        this.roles = Set.copyOf(roles);
    }

    public boolean isSignedIn() {
        return name != null && roles.contains(ConfiguredIdentityStore.VIEWER);
    }

    public boolean isOperator() {
        return isSignedIn() && roles.contains(ConfiguredIdentityStore.OPERATOR);
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return isOperator() ? ConfiguredIdentityStore.OPERATOR : ConfiguredIdentityStore.VIEWER;
    }
}
