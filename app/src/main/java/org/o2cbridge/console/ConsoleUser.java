package org.o2cbridge.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.o2cbridge.platform.security.ConfiguredIdentityStore;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in to the console in this HTTP session, with which roles, and when they last did
 * something: a session idle for longer than its timeout is over even while a page's automatic
 * refreshes keep the HTTP session itself alive ({@link ConsoleAccessFilter}).
 */
@Named
@SessionScoped
public class ConsoleUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Set<String> roles = Set.of();
    private long idleLimitMillis = Long.MAX_VALUE;
    private long lastActivityMillis;

    void signIn(String name, Set<String> roles, int timeoutSeconds) {
        this.name = name;
        this.roles = Set.copyOf(roles);
        this.idleLimitMillis = timeoutSeconds * 1000L;
        this.lastActivityMillis = System.currentTimeMillis();
    }

    /** Whether the user has done nothing for longer than the session's timeout, as of {@code now}. */
    boolean idleTooLong(long now) {
        return now - lastActivityMillis > idleLimitMillis;
    }

    /** The user did something at {@code now}: a page, a search, an action; not a page's own refresh. */
    void active(long now) {
        lastActivityMillis = Math.max(lastActivityMillis, now);
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
