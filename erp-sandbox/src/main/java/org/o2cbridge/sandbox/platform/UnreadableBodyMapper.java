package org.o2cbridge.sandbox.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a control API body that is not JSON, or whose values do not fit (a date that is not a
 * date), as a 400 problem instead of the server's HTML error page. Any other processing failure is
 * logged and answered as a 500 problem.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                String message = String.valueOf(cause.getMessage());
                int hint = message.indexOf(" Check your");
                String detail = "the body is not valid JSON for this request: "
                        + (hint > 0 ? message.substring(0, hint) : message);
                return Problems.response(ProblemException.invalidRequest(detail));
            }
        }
        LOG.log(Level.WARNING, "Request processing failed", exception);
        return Problems.response(500, "internal-error", "The sandbox failed", "see the server log");
    }
}
