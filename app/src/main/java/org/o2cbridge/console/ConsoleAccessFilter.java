package org.o2cbridge.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Guards every console page on the server. Without a signed-in session a page request goes to
 * the sign-in form (an Ajax request gets a Faces redirect). A signed-in viewer's request that
 * triggers an operator action, that is a component whose id starts with {@code op-}, is answered
 * 403 before Faces sees it, whether it came from the page or was made by hand; the actions
 * themselves check the role again ({@link OperatorAction}).
 *
 * <p>A signed-in session that has been idle for longer than its timeout ({@link SessionTimeout}) is
 * ended here and the request goes to the sign-in form, whatever the servlet container's own expiry
 * does. A page's automatic refresh (a {@code p:poll} whose id starts with {@code poll-}) is not
 * activity: a dashboard left open does not keep its session alive.
 */
@WebFilter(urlPatterns = "/console/*")
public class ConsoleAccessFilter extends HttpFilter {

    static final String OPERATOR_ID_PREFIX = "op-";
    static final String REFRESH_ID_PREFIX = "poll-";
    private static final Logger LOG = Logger.getLogger(ConsoleAccessFilter.class.getName());
    private static final String SIGN_IN = "/console/login.xhtml";

    @Inject
    ConsoleUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(SIGN_IN) || path.equals(OidcSignInServlet.START) || path.equals(OidcSignInServlet.CALLBACK)) {
            chain.doFilter(request, response);
            return;
        }
        long now = System.currentTimeMillis();
        if (user.isSignedIn() && user.idleTooLong(now)) {
            String who = user.getName();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            LOG.info(() -> "Console session of user '" + who + "' ended after its timeout of inactivity");
            toSignIn(request, response);
            return;
        }
        if (!user.isSignedIn()) {
            toSignIn(request, response);
            return;
        }
        if (!isRefresh(request)) {
            user.active(now);
        }
        if (!user.isOperator() && "POST".equals(request.getMethod()) && triggersOperatorAction(request.getParameterMap())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "This action needs the o2c-operator role; user '" + user.getName() + "' is a viewer.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void toSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + SIGN_IN;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    /** An Ajax request a page sends by itself to refresh what it shows, not something the user did. */
    private static boolean isRefresh(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"))
                && isRefreshSource(request.getParameter("jakarta.faces.source"));
    }

    static boolean isRefreshSource(String clientId) {
        return clientId != null && Arrays.stream(clientId.split(":")).anyMatch(part -> part.startsWith(REFRESH_ID_PREFIX));
    }

    static boolean triggersOperatorAction(Map<String, String[]> parameters) {
        if (parameters.keySet().stream().anyMatch(ConsoleAccessFilter::isOperatorId)) {
            return true;
        }
        String[] source = parameters.get("jakarta.faces.source");
        return source != null && Arrays.stream(source).anyMatch(ConsoleAccessFilter::isOperatorId);
    }

    private static boolean isOperatorId(String clientId) {
        return Arrays.stream(clientId.split(":")).anyMatch(part -> part.startsWith(OPERATOR_ID_PREFIX));
    }
}
