package org.o2cbridge.sandbox.salesforce.order;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.sandbox.platform.PemKeyFile;
import org.o2cbridge.sandbox.salesforce.data.OrderActivated;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * The O2C package as installed in the simulated org, configured from MicroProfile Config: the
 * External Credential (org private key, JWT issuer, subject and audience), the bridge's URL, and
 * the callout's timeouts and retry policy. Background attempts run on the server's managed
 * scheduled executor. Reacts to {@link OrderActivated} from REST updates.
 */
@ApplicationScoped
public class SalesforcePackage {

    static final String PRIVATE_KEY_PROPERTY = "o2c.sandbox.salesforce.org-private-key";

    @Inject
    SalesforceOrg org;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = PRIVATE_KEY_PROPERTY)
    Optional<String> privateKeyFile;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.callout.issuer", defaultValue = "o2c-salesforce-org")
    String issuer;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.callout.subject", defaultValue = "integration@o2c.sandbox")
    String subject;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.callout.audience", defaultValue = "o2c-bridge")
    String audience;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.callout.connect-timeout-millis", defaultValue = "2000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.callout.read-timeout-millis", defaultValue = "10000")
    long readTimeoutMillis;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.callout.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.callout.backoff-millis", defaultValue = "1000")
    long backoffMillis;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.salesforce.callout.backoff-multiplier", defaultValue = "2")
    double backoffMultiplier;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.bridge.url")
    Optional<String> bridgeUrl;

    private OrderActivationService activations;
    private CalloutJwt jwt;

    @PostConstruct
    void install() {
        PemKeyFile key = new PemKeyFile(PRIVATE_KEY_PROPERTY, privateKeyFile);
        jwt = new CalloutJwt(key::privateKey, issuer, subject, audience, Clock.systemUTC());
        OrderEventCallout callout = new OrderEventCallout(jwt::mint,
                Duration.ofMillis(connectTimeoutMillis), Duration.ofMillis(readTimeoutMillis));
        RetryPolicy policy = new RetryPolicy(maxAttempts, Duration.ofMillis(backoffMillis), backoffMultiplier);
        OrderEventDelivery delivery = new OrderEventDelivery(org, callout::post, scheduler, policy);
        Optional<URI> bridge = bridgeUrl.map(String::strip).filter(url -> !url.isEmpty()).map(URI::create);
        activations = new OrderActivationService(org, delivery, bridge, maxAttempts);
    }

    public ActivationResult activate(String orderId, URI origin) {
        return activations.activate(orderId, origin);
    }

    /** Activates an order; {@code deliver} false sends no order event (a delivery lost for good). */
    public ActivationResult activate(String orderId, URI origin, boolean deliver) {
        return activations.activate(orderId, origin, deliver);
    }

    /** A bearer token exactly like the ones the package's callouts carry. */
    public String mintCalloutToken() {
        return jwt.mint();
    }

    void onActivated(@Observes OrderActivated event) {
        activations.deliverInBackground(event.orderId(), event.origin());
    }
}
