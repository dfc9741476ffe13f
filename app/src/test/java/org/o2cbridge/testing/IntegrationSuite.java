package org.o2cbridge.testing;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URL;

/**
 * Base of every integration test: the bridge WAR exactly as built, deployed once for the whole
 * suite into one Payara Micro next to the ERP sandbox, and driven over real HTTP from outside.
 */
@ArquillianSuiteDeployment
@ExtendWith({IntegrationDatabaseCondition.class, ArquillianExtension.class})
@RunAsClient
public abstract class IntegrationSuite {

    @ArquillianResource
    protected URL deployment;

    @Deployment(testable = false)
    public static WebArchive bridge() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"));
    }

    /** A path under the bridge, e.g. {@code api/v1/order-events}. */
    protected URI bridge(String path) {
        return URI.create(deployment.toString().replaceAll("/+$", "") + "/" + path);
    }

    /** A path under the sandbox, which shares the bridge's server, e.g. {@code api/reset}. */
    protected URI sandbox(String path) {
        URI base = URI.create(deployment.toString());
        return base.resolve("/sandbox/" + path);
    }
}
