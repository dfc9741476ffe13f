package org.o2cbridge.sandbox.d365;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.o2cbridge.sandbox.d365.auth.EntraTokens;
import org.o2cbridge.sandbox.traffic.Admission;
import org.o2cbridge.sandbox.traffic.Fault;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;
import org.o2cbridge.sandbox.traffic.SimulatedApiFilter;
import org.o2cbridge.sandbox.traffic.TrafficControl;

/**
 * Guards every call of the simulated F&O OData API ({@code /d365/data/…}): a bearer token issued
 * for this environment's URL and not expired (401 otherwise, as F&O answers, with no body), then
 * the user-based request budget (429 with {@code Retry-After} and F&O's message, sic "exeeded"),
 * then the shared traffic handling: injected throttles are 429, outages 503, both with the plan's
 * {@code Retry-After}; the concurrency limit (52 by default) answers 429 with F&O's message.
 */
@WebFilter(urlPatterns = "/d365/data/*", asyncSupported = true)
public class D365ApiFilter extends SimulatedApiFilter {

    private static final Logger LOG = Logger.getLogger(D365ApiFilter.class.getName());

    @Inject
    EntraTokens tokens;

    @Inject
    D365Simulator simulator;

    @Inject
    D365Environment environment;

    @Inject
    SandboxTraffic sandboxTraffic;

    @Override
    protected String system() {
        return SandboxTraffic.D365;
    }

    @Override
    protected String operation(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/d365/data/".length());
        int end = path.length();
        for (char stop : new char[] {'(', '/', '?'}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return request.getMethod() + " " + path.substring(0, end).replace("%24", "$");
    }

    @Override
    protected boolean authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EntraTokens.Refusal> refusal = tokens.check(request.getHeader("Authorization"),
                environment.url(request));
        if (refusal.isPresent()) {
            simulator.countUnauthorized();
            LOG.info(() -> "D365 refused " + request.getMethod() + " " + request.getRequestURI() + ": token "
                    + refusal.get());
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentLength(0);
            return false;
        }
        RequestBudget budget = simulator.budget();
        Optional<Long> wait = budget.take();
        if (wait.isPresent()) {
            simulator.countOverBudget();
            traffic().countThrottled();
            RequestBudget.Limit limit = budget.limit();
            writeJson(response, 429, "application/json", error("Number of requests exeeded the limit of "
                    + limit.requests() + " over the time window of " + limit.window().toSeconds() + " seconds."),
                    wait.get().intValue());
            return false;
        }
        return true;
    }

    @Override
    protected void refuse(Admission admission, HttpServletResponse response) throws IOException {
        if (admission.fault() == Fault.UNAVAILABLE) {
            writeJson(response, 503, "application/json", error("The service is temporarily unavailable."),
                    admission.retryAfterSeconds());
        } else if (admission.overLimit()) {
            writeJson(response, 429, "application/json",
                    error("Number of concurrent requests exceeded the limit of "
                            + traffic().settings().concurrencyLimit() + "."), 1);
        } else {
            writeJson(response, 429, "application/json", error("This request could not be processed at this time "
                    + "due to system experiencing high resource utilization."), admission.retryAfterSeconds());
        }
    }

    private TrafficControl traffic() {
        return sandboxTraffic.of(SandboxTraffic.D365);
    }

    private static String error(String message) {
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("code", "")
                .add("message", message)).build().toString();
    }
}
