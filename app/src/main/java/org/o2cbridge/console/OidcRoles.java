package org.o2cbridge.console;

import org.o2cbridge.platform.security.ConfiguredIdentityStore;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the identity provider's groups (the ID token's roles claim) to the console's roles: the
 * operator group gives o2c-operator and o2c-viewer, the viewer group o2c-viewer; a user in neither
 * gets no role and is refused.
 */
record OidcRoles(String operatorGroup, String viewerGroup) {

    /** The roles for these groups, or empty when neither group is among them. */
    Optional<Set<String>> of(Collection<String> groups) {
        if (operatorGroup != null && groups.contains(operatorGroup)) {
            return Optional.of(Set.of(ConfiguredIdentityStore.OPERATOR, ConfiguredIdentityStore.VIEWER));
        }
        if (viewerGroup != null && groups.contains(viewerGroup)) {
            return Optional.of(Set.of(ConfiguredIdentityStore.VIEWER));
        }
        return Optional.empty();
    }

    /** The groups in a claim's value: a JSON array of strings or a single string. */
    static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (claim instanceof String value) {
            return List.of(value);
        }
        return List.of();
    }
}
