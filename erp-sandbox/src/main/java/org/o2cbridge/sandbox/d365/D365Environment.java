package org.o2cbridge.sandbox.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated environment's URL, the audience its tokens must carry and the base of its
 * OData service ({@code <url>/data/}): {@code o2c.sandbox.d365.environment-url}, or else where
 * the request arrived, {@code http://host:port/sandbox/d365}.
 */
@ApplicationScoped
public class D365Environment {

    @Inject
    @ConfigProperty(name = "o2c.sandbox.d365.environment-url")
    Optional<String> configured;

    public String url(HttpServletRequest request) {
        if (configured.isPresent()) {
            return configured.get().replaceAll("/+$", "");
        }
        String url = request.getRequestURL().toString();
        String marker = request.getContextPath() + "/d365";
        int at = url.indexOf(marker, url.indexOf("://") + 3);
        return url.substring(0, at + marker.length());
    }
}
