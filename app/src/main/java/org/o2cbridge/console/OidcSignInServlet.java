package org.o2cbridge.console;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The console's OpenID Connect sign-in: {@code /console/oidc/start} sends the browser to the
 * provider, {@code /console/oidc/callback} completes the sign-in into the same session bean as
 * the form (a new session id, roles from the provider's groups). A refused or failed callback
 * goes back to the sign-in page with a message.
 */
@WebServlet(urlPatterns = {OidcSignInServlet.START, OidcSignInServlet.CALLBACK})
public class OidcSignInServlet extends HttpServlet {

    static final String START = "/console/oidc/start";
    static final String CALLBACK = "/console/oidc/callback";
    static final String PENDING = "o2c.console.oidc.pending";
    static final String MESSAGE = "o2c.console.sign-in.message";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcSignInServlet.class.getName());

    @Inject
    OidcClient client;

    @Inject
    ConsoleUser user;

    @Inject
    @ConfigProperty(name = "o2c.console.session-timeout", defaultValue = "PT30M")
    Duration sessionTimeout;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!client.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (START.equals(request.getServletPath())) {
            start(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OidcFlow flow;
        try {
            flow = client.flow();
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "OpenID provider discovery failed: " + e.getMessage());
            refuse(request, response, "The identity provider could not be reached. Please try again or sign in with the form.");
            return;
        }
        OidcFlow.Pending pending = flow.begin(redirectUri(request));
        request.getSession().setAttribute(PENDING, pending);
        response.sendRedirect(flow.authorizationUri(pending).toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        OidcFlow.Pending pending = session == null ? null : (OidcFlow.Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        if (pending == null) {
            // nothing to ask the provider about: this browser started no sign-in here (or its session expired)
            refuse(request, response, OidcFlow.NOT_STARTED);
            return;
        }
        String query = request.getQueryString();
        URI callback = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        OidcFlow.Identity identity;
        try {
            identity = client.flow().complete(callback, pending);
        } catch (OidcFlow.Refused e) {
            refuse(request, response, e.getMessage());
            return;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "OpenID sign-in failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            refuse(request, response, "The sign-in with the identity provider failed. Please try again.");
            return;
        }
        int timeout = SessionTimeout.seconds(sessionTimeout, SessionTimeout.PROPERTY);
        request.changeSessionId();
        request.getSession().setMaxInactiveInterval(timeout);
        user.signIn(identity.name(), identity.roles(), timeout);
        LOG.info(() -> "Console sign-in of user '" + user.getName() + "' (" + user.getRole() + ") with OpenID Connect");
        response.sendRedirect(request.getContextPath() + "/console/index.xhtml");
    }

    private URI redirectUri(HttpServletRequest request) {
        return URI.create(client.configuredRedirectUri().orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getServletPath().length()) + CALLBACK;
        }));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        request.getSession().setAttribute(MESSAGE, message);
        response.sendRedirect(request.getContextPath() + "/console/login.xhtml");
    }
}
