package org.o2cbridge.sandbox.sap;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.o2cbridge.sandbox.traffic.Admission;
import org.o2cbridge.sandbox.traffic.Fault;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;
import org.o2cbridge.sandbox.traffic.SimulatedApiFilter;

/**
 * Guards every SAP OData call (not the token endpoint): a live bearer token (else 401), then the
 * CSRF protection — a {@code GET} with {@code x-csrf-token: fetch} gets a token and its session
 * cookies; a write without a valid token <em>and</em> its session cookie gets 403 {@code CSRF token
 * validation failed} with {@code x-csrf-token: Required} — then the system's traffic handling:
 * a throttled call gets 429, an injected outage a 503 HTML page, both with {@code Retry-After}
 * when the fault plan sets one.
 */
@WebFilter(urlPatterns = "/sap/*", asyncSupported = true)
public class SapApiFilter extends SimulatedApiFilter {

    static final String TOKEN_PATH = "/sap/sap/bc/sec/oauth2/token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SapSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, jakarta.servlet.FilterChain chain)
            throws IOException, jakarta.servlet.ServletException {
        if (request.getRequestURI().substring(request.getContextPath().length()).startsWith(TOKEN_PATH)) {
            chain.doFilter(request, response);
            return;
        }
        super.doFilter(request, response, chain);
    }

    @Override
    protected String system() {
        return SandboxTraffic.SAP;
    }

    @Override
    protected String operation(HttpServletRequest request) {
        String path = request.getRequestURI();
        String last = path.substring(path.lastIndexOf('/') + 1);
        int key = last.indexOf('(');
        String entitySet = key < 0 ? last : last.substring(0, key);
        return request.getMethod() + " " + (entitySet.isEmpty() ? "$service" : entitySet);
    }

    @Override
    protected boolean authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sessions.validBearer(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            writeJson(response, 401, "application/json", SapApiException.v4(401, "/IWFND/CM_CONSUMER/101",
                    "Authorization failed: no valid OAuth access token", null).body(), null);
            return false;
        }
        String csrf = request.getHeader("x-csrf-token");
        Optional<String> session = cookie(request, SapSessions.SESSION_COOKIE);
        if (SAFE.contains(request.getMethod())) {
            if ("fetch".equalsIgnoreCase(csrf)) {
                SapSessions.CsrfSession fetched = sessions.fetch(session);
                String path = request.getContextPath() + "/sap";
                response.setHeader("x-csrf-token", fetched.token());
                response.addHeader("Set-Cookie", SapSessions.SESSION_COOKIE + "=" + fetched.sessionId()
                        + "; path=" + path + "; secure; HttpOnly");
                response.addHeader("Set-Cookie", SapSessions.XSRF_COOKIE + "=" + fetched.token()
                        + "; path=" + path + "; secure; HttpOnly");
            }
            return true;
        }
        if (!sessions.validCsrf(csrf, session)) {
            byte[] body = "CSRF token validation failed".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.setStatus(403);
            response.setHeader("x-csrf-token", "Required");
            response.setContentType("text/plain;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return false;
        }
        return true;
    }

    @Override
    protected void refuse(Admission admission, HttpServletResponse response) throws IOException {
        if (admission.fault() == Fault.UNAVAILABLE) {
            writeJson(response, 503, "text/html;charset=utf-8", "<html><head><title>Service Unavailable</title></head>"
                    + "<body><h1>503 Service Unavailable</h1><p>No server is available to handle this request.</p>"
                    + "</body></html>", admission.retryAfterSeconds());
            return;
        }
        writeJson(response, 429, "application/json", SapApiException.v4(429, "/IWFND/CM_BEC/026",
                "Too many requests: the communication arrangement's rate limit is exceeded", null).body(),
                admission.retryAfterSeconds());
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
    }
}
