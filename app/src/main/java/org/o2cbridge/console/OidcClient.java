package org.o2cbridge.console;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The console's OpenID Connect client, configured by {@code o2c.console.oidc.*}; off unless
 * {@code o2c.console.oidc.issuer} is set. The provider's endpoints come from its discovery
 * document, fetched on first use and kept; every call to the provider (discovery, keys, tokens)
 * has connect and read timeouts. The client secret is never logged.
 */
@ApplicationScoped
public class OidcClient {

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());

    @Inject
    @ConfigProperty(name = "o2c.console.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "o2c.console.oidc.client-id", defaultValue = "o2c-console")
    String clientId;

    @Inject
    @ConfigProperty(name = "o2c.console.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "o2c.console.oidc.roles-claim", defaultValue = "groups")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "o2c.console.oidc.operator-group", defaultValue = "o2c-operators")
    String operatorGroup;

    @Inject
    @ConfigProperty(name = "o2c.console.oidc.viewer-group", defaultValue = "o2c-viewers")
    String viewerGroup;

    @Inject
    @ConfigProperty(name = "o2c.console.oidc.scopes", defaultValue = "openid profile email")
    String scopes;

    @Inject
    @ConfigProperty(name = "o2c.console.oidc.provider-name", defaultValue = "single sign-on")
    String providerName;

    /** Where the provider sends the browser back; by default derived from the sign-in request. */
    @Inject
    @ConfigProperty(name = "o2c.console.oidc.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "o2c.console.oidc.timeout", defaultValue = "PT5S")
    Duration timeout;

    private volatile OidcFlow flow;

    public boolean isEnabled() {
        return issuer.filter(i -> !i.isBlank()).isPresent();
    }

    public String getProviderName() {
        return providerName;
    }

    Optional<String> configuredRedirectUri() {
        return redirectUri.filter(u -> !u.isBlank());
    }

    /** The flow, discovering the provider on first use. */
    OidcFlow flow() throws IOException {
        OidcFlow known = flow;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (flow == null) {
                flow = discover();
            }
            return flow;
        }
    }

    private OidcFlow discover() throws IOException {
        int millis = (int) timeout.toMillis();
        OidcRoles roles = new OidcRoles(blankToNull(operatorGroup), blankToNull(viewerGroup));
        try {
            OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(new Issuer(issuer.orElseThrow().replaceAll("/+$", "")),
                    millis, millis);
            ClientID client = new ClientID(clientId);
            IDTokenValidator validator = new IDTokenValidator(provider.getIssuer(), client, JWSAlgorithm.RS256,
                    provider.getJWKSetURI().toURL(), new DefaultResourceRetriever(millis, millis, 512 * 1024));
            LOG.info(() -> "Console OpenID sign-in with issuer " + provider.getIssuer() + " as client " + clientId);
            return new OidcFlow(provider.getAuthorizationEndpointURI(), provider.getTokenEndpointURI(), client,
                    new Secret(clientSecret.orElse("")), Scope.parse(scopes), validator, request -> {
                        HTTPRequest http = request.toHTTPRequest();
                        http.setConnectTimeout(millis);
                        http.setReadTimeout(millis);
                        return OIDCTokenResponseParser.parse(http.send());
                    }, rolesClaim, roles);
        } catch (GeneralException e) {
            throw new IOException("The OpenID provider's discovery document is not valid: " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
