package org.o2cbridge.sandbox.salesforce.bulk;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;

/**
 * Reads the JSON bodies of Bulk API 2.0 job requests and builds the API's errors: 400 with
 * {@code INVALIDJOB} for a job that cannot be made, {@code INVALIDJOBSTATE} for a move the job's
 * state does not allow, {@code API_ERROR} for data that cannot be read.
 */
final class BulkRequests {

    private BulkRequests() {
    }

    static Optional<String> text(JsonObject request, String key) {
        return request.get(key) instanceof JsonString value ? Optional.of(value.getString()) : Optional.empty();
    }

    static SObjectType object(JsonObject request) {
        String name = text(request, "object").orElse("");
        return SObjectType.fromApiName(name).orElseThrow(() -> new SalesforceApiException(400, "INVALIDENTITY",
                "InvalidEntity : Entity '" + name + "' is not supported by the Bulk API.", List.of()));
    }

    static CsvDialect dialect(JsonObject request) {
        String contentType = text(request, "contentType").orElse("CSV");
        if (!contentType.equals("CSV")) {
            throw invalidJob("InvalidJob : Unsupported contentType " + contentType + "; only CSV is supported");
        }
        String delimiter = text(request, "columnDelimiter").orElse("COMMA");
        if (!CsvDialect.knownDelimiter(delimiter)) {
            throw invalidJob("InvalidJob : Invalid columnDelimiter " + delimiter
                    + "; use BACKQUOTE, CARET, COMMA, PIPE, SEMICOLON or TAB");
        }
        String lineEnding = text(request, "lineEnding").orElse("LF");
        if (!CsvDialect.knownLineEnding(lineEnding)) {
            throw invalidJob("InvalidJob : Invalid lineEnding " + lineEnding + "; use LF or CRLF");
        }
        return new CsvDialect(delimiter, lineEnding);
    }

    /** The state's name in Salesforce's refusals: {@code Aborting already Completed Job not allowed}. */
    static String describe(JobState state) {
        return switch (state) {
            case JobComplete -> "Completed";
            case UploadComplete -> "Closed";
            default -> state.name();
        };
    }

    static SalesforceApiException invalidJob(String message) {
        return new SalesforceApiException(400, "INVALIDJOB", message, List.of());
    }

    static SalesforceApiException invalidState(String message) {
        return new SalesforceApiException(400, "INVALIDJOBSTATE", message, List.of());
    }

    static SalesforceApiException apiError(String message) {
        return new SalesforceApiException(400, "API_ERROR", message, List.of());
    }
}
