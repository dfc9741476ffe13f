package org.o2cbridge.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.Config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bridge's own users, from MicroProfile Config: {@code o2c.security.users} names them, and for
 * each user {@code o2c.security.user.<name>.roles} lists the roles ({@code o2c-operator},
 * {@code o2c-viewer}) and {@code o2c.security.user.<name>.password} holds the password — set it in
 * the environment ({@code O2C_SECURITY_USER_<NAME>_PASSWORD}), never in a file of the project.
 * A password written as a PBKDF2 hash (Jakarta Security's {@code Pbkdf2PasswordHash} format) is
 * checked as a hash. A user without a password cannot sign in.
 */
@ApplicationScoped
public class ConfiguredIdentityStore implements IdentityStore {

    public static final String OPERATOR = "o2c-operator";
    public static final String VIEWER = "o2c-viewer";

    @Inject
    Config config;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Override
    public CredentialValidationResult validate(jakarta.security.enterprise.credential.Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String user = login.getCaller();
        if (!users().contains(user)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<String> stored = config.getOptionalValue("o2c.security.user." + user + ".password", String.class);
        if (stored.isEmpty() || !matches(login.getPasswordAsString(), stored.get())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user, rolesOf(user));
    }

    private boolean matches(String given, String stored) {
        if (stored.startsWith("PBKDF2With")) {
            return passwordHash.verify(given.toCharArray(), stored);
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
    }

    private Set<String> users() {
        return config.getOptionalValues("o2c.security.users", String.class).map(HashSet::new).orElseGet(HashSet::new);
    }

    private Set<String> rolesOf(String user) {
        List<String> roles = config.getOptionalValues("o2c.security.user." + user + ".roles", String.class)
                .orElse(List.of(VIEWER));
        Set<String> granted = roles.stream().map(String::strip).collect(Collectors.toSet());
        if (granted.contains(OPERATOR)) {
            granted.add(VIEWER);
        }
        return granted;
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        String caller = validationResult.getCallerPrincipal().getName();
        return users().contains(caller) ? rolesOf(caller) : Set.of();
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return new HashSet<>(Arrays.asList(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS));
    }
}
