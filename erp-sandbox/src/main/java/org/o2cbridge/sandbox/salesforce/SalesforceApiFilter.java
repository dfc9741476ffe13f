package org.o2cbridge.sandbox.salesforce;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.o2cbridge.sandbox.traffic.Admission;
import org.o2cbridge.sandbox.traffic.Fault;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;
import org.o2cbridge.sandbox.traffic.SimulatedApiFilter;

/**
 * Runs every Salesforce REST data call ({@code /services/data/…}, not the token endpoint) through
 * the org's traffic handling. A throttled call gets what Salesforce answers when an org's API limit
 * is spent: 403 {@code REQUEST_LIMIT_EXCEEDED} ({@code TotalRequests Limit exceeded.}, or
 * {@code ConcurrentPerOrgLongTxn Limit exceeded.} over the concurrency limit); an injected outage
 * gets 503 {@code SERVER_UNAVAILABLE}. Errors are Salesforce's JSON arrays.
 */
@WebFilter(urlPatterns = "/salesforce/services/data/*", asyncSupported = true)
public class SalesforceApiFilter extends SimulatedApiFilter {

    private static final String DATA = "/services/data/";

    @Override
    protected String system() {
        return SandboxTraffic.SALESFORCE;
    }

    /** The method and the path after the version, without record ids: {@code PATCH sobjects/Order}. */
    @Override
    protected String operation(HttpServletRequest request) {
        String path = request.getRequestURI();
        int start = path.indexOf(DATA);
        String rest = start < 0 ? path : path.substring(start + DATA.length());
        String[] segments = rest.split("/");
        StringBuilder operation = new StringBuilder(request.getMethod()).append(' ');
        for (int i = 1; i < segments.length && i < 3; i++) {
            operation.append(i > 1 ? "/" : "").append(segments[i]);
        }
        return operation.toString();
    }

    @Override
    protected void refuse(Admission admission, HttpServletResponse response) throws IOException {
        if (admission.fault() == Fault.UNAVAILABLE) {
            writeJson(response, 503, "application/json;charset=UTF-8",
                    error("SERVER_UNAVAILABLE", "Server temporarily unavailable. Please try again later."), null);
            return;
        }
        String message = admission.overLimit() ? "ConcurrentPerOrgLongTxn Limit exceeded." : "TotalRequests Limit exceeded.";
        writeJson(response, 403, "application/json;charset=UTF-8", error("REQUEST_LIMIT_EXCEEDED", message),
                admission.retryAfterSeconds());
    }

    private static String error(String errorCode, String message) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("message", message).add("errorCode", errorCode))
                .build().toString();
    }
}
