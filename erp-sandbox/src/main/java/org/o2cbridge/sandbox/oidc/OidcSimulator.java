package org.o2cbridge.sandbox.oidc;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The sandbox's one OpenID provider, configured by {@code o2c.sandbox.oidc.*}. */
@ApplicationScoped
public class OidcSimulator {

    @Inject
    @ConfigProperty(name = "o2c.sandbox.oidc.client-id", defaultValue = "o2c-console")
    String clientId;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.oidc.client-secret", defaultValue = "o2c-demo-oidc-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.oidc.redirect-uris", defaultValue = "http://localhost:8080/console/oidc/callback")
    String redirectUris;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.oidc.users",
            defaultValue = "ops:ops-demo:o2c-operators,view:view-demo:o2c-viewers,guest:guest-demo:")
    String users;

    /** The issuer; by default the sandbox's own address as the request reached it, plus {@code /oidc}. */
    @Inject
    @ConfigProperty(name = "o2c.sandbox.oidc.issuer")
    Optional<String> issuer;

    private OidcProvider provider;

    @PostConstruct
    void start() {
        Set<String> uris = Arrays.stream(redirectUris.split(",")).map(String::strip).filter(u -> !u.isEmpty())
                .collect(Collectors.toSet());
        provider = new OidcProvider(clientId, clientSecret, uris, OidcProvider.parseUsers(users), Clock.systemUTC());
    }

    OidcProvider provider() {
        return provider;
    }

    Optional<String> configuredIssuer() {
        return issuer.map(i -> i.replaceAll("/+$", ""));
    }
}
