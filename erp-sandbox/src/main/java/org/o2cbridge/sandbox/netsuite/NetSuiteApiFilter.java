package org.o2cbridge.sandbox.netsuite;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.o2cbridge.sandbox.netsuite.auth.TbaAuthentication;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteApiException;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteMedia;
import org.o2cbridge.sandbox.netsuite.soap.SoapMessages;
import org.o2cbridge.sandbox.traffic.Admission;
import org.o2cbridge.sandbox.traffic.Fault;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;
import org.o2cbridge.sandbox.traffic.SimulatedApiFilter;

/**
 * Guards every NetSuite REST call, record and SuiteQL alike: token-based authentication first (a
 * refusal is 401 {@code INVALID_LOGIN}, whatever the reason), then the account's traffic handling. A call over the
 * account's concurrency limit, or throttled by fault injection, gets 429
 * {@code SSS_REQUEST_LIMIT_EXCEEDED}; an injected outage gets 503; both in NetSuite's error shape. Calls
 * are counted by operation: {@code PUT salesOrder}, {@code GET customer}, {@code POST suiteql}.
 * SuiteTalk SOAP calls ({@code SOAP upsertList}) share the account's concurrency pool; their token
 * passport is checked by the endpoint, and a refusal is a SOAP fault: over the limit
 * {@code exceededConcurrentRequestLimitFault} {@code WS_REQUEST_BLOCKED}, unavailable
 * {@code unexpectedErrorFault}.
 */
@WebFilter(urlPatterns = "/netsuite/*", asyncSupported = true)
public class NetSuiteApiFilter extends SimulatedApiFilter {

    private static final Logger LOG = Logger.getLogger(NetSuiteApiFilter.class.getName());
    private static final String RECORDS = "/services/rest/record/v1/";
    private static final String QUERIES = "/services/rest/query/v1/";
    /** SuiteTalk SOAP: authenticated by the token passport in the message, refused with SOAP faults. */
    private static final String SOAP = "/services/NetSuitePort_";

    @Inject
    TbaAuthentication authentication;

    @Override
    protected String system() {
        return SandboxTraffic.NETSUITE;
    }

    @Override
    protected String operation(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.contains(SOAP)) {
            String action = request.getHeader("SOAPAction");
            return "SOAP " + (action == null ? "" : action.replace("\"", "").strip());
        }
        int query = path.indexOf(QUERIES);
        if (query >= 0) {
            return request.getMethod() + " " + path.substring(query + QUERIES.length());
        }
        int start = path.indexOf(RECORDS);
        if (start < 0) {
            return request.getMethod() + " " + path.substring(request.getContextPath().length());
        }
        String rest = path.substring(start + RECORDS.length());
        int slash = rest.indexOf('/');
        return request.getMethod() + " " + (slash < 0 ? rest : rest.substring(0, slash));
    }

    @Override
    protected boolean authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().contains(SOAP)) {
            return true;
        }
        String query = request.getQueryString();
        Optional<String> refusal;
        try {
            URI called = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
            refusal = authentication.verify(request.getMethod(), called, request.getHeader("Authorization"));
        } catch (IllegalArgumentException e) {
            refusal = Optional.of("the URL cannot be read for signing");
        }
        if (refusal.isEmpty()) {
            return true;
        }
        String reason = refusal.get();
        LOG.info(() -> "NetSuite login refused for " + request.getMethod() + " " + request.getRequestURI() + ": " + reason);
        write(response, NetSuiteApiException.invalidLogin(), null);
        return false;
    }

    @Override
    protected void refuse(Admission admission, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getRequestURI().contains(SOAP)) {
            writeXml(response, admission.fault() == Fault.UNAVAILABLE
                    ? SoapMessages.fault("unexpectedErrorFault", "UNEXPECTED_ERROR", "The service is temporarily unavailable.")
                    : SoapMessages.fault("exceededConcurrentRequestLimitFault", "WS_REQUEST_BLOCKED",
                    "The request could not be processed because it exceeded the concurrency limit for this account."),
                    admission.retryAfterSeconds());
            return;
        }
        refuse(admission, response);
    }

    @Override
    protected void refuse(Admission admission, HttpServletResponse response) throws IOException {
        NetSuiteApiException refusal = admission.fault() == Fault.UNAVAILABLE
                ? NetSuiteApiException.unavailable() : NetSuiteApiException.requestLimitExceeded();
        write(response, refusal, admission.retryAfterSeconds());
    }

    private static void writeXml(HttpServletResponse response, String envelope, Integer retryAfter) throws IOException {
        byte[] bytes = envelope.getBytes(StandardCharsets.UTF_8);
        response.setStatus(500);
        response.setContentType("text/xml; charset=utf-8");
        if (retryAfter != null) {
            response.setHeader("Retry-After", String.valueOf(retryAfter));
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void write(HttpServletResponse response, NetSuiteApiException error, Integer retryAfter) throws IOException {
        writeJson(response, error.status(), NetSuiteMedia.ERROR, error.body(), retryAfter);
    }
}
