package org.o2cbridge.sandbox.d365.odata;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.o2cbridge.sandbox.d365.odata.Multipart.Part;

/**
 * OData {@code $batch} in the multipart format: each top-level part is one operation
 * ({@code application/http}) or a change set ({@code multipart/mixed}) whose operations succeed or
 * fail together. The answer is always 200 {@code multipart/mixed; boundary=batchresponse_<guid>};
 * each operation's own status is inside its part. A change set that succeeds answers one part per
 * operation inside a {@code changesetresponse_<guid>}; one that fails is undone and answers a
 * single part with the failing operation's error (OData v4 §11.7.4). An entity created earlier
 * in a change set is referenced as {@code $<Content-ID>} (e.g. {@code POST $1/SalesOrderLines}).
 */
public final class BatchService {

    /** The outer answer: its content type and body. */
    public record BatchAnswer(String contentType, String body) {
    }

    private final ODataService service;

    public BatchService(ODataService service) {
        this.service = service;
    }

    public BatchAnswer execute(String contentType, String body, String serviceRoot) {
        String boundary = Multipart.boundary(contentType).orElseThrow(() -> ODataException.badRequest(
                "The batch request must be multipart/mixed with a boundary."));
        List<Part> parts;
        try {
            parts = Multipart.parse(body, boundary);
        } catch (IllegalArgumentException e) {
            throw ODataException.badRequest("The batch request is not valid: " + e.getMessage());
        }
        List<Part> answers = new ArrayList<>();
        for (Part part : parts) {
            String type = part.header("Content-Type");
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
                answers.add(changeSet(part, serviceRoot));
            } else {
                ODataRequest request = request(part.content());
                answers.add(response(part.header("Content-ID"), service.execute(request, serviceRoot)));
            }
        }
        String answerBoundary = "batchresponse_" + UUID.randomUUID();
        return new BatchAnswer("multipart/mixed; boundary=" + answerBoundary, Multipart.write(answerBoundary, answers));
    }

    private Part changeSet(Part changeSet, String serviceRoot) {
        String boundary = Multipart.boundary(changeSet.header("Content-Type")).orElseThrow(() ->
                ODataException.badRequest("A change set needs a boundary."));
        List<Part> operations = Multipart.parse(changeSet.content(), boundary);
        List<Part> answers = new ArrayList<>();
        String[] failedId = new String[1];
        try {
            service.store().inTransaction(tx -> {
                Map<String, JsonObject> created = new HashMap<>();
                for (Part operation : operations) {
                    String contentId = operation.header("Content-ID");
                    failedId[0] = contentId;
                    ODataRequest request = request(operation.content());
                    if (request.method().equals("GET")) {
                        throw ODataException.badRequest("A change set may not contain a GET.");
                    }
                    ODataAnswer answer = service.execute(request, serviceRoot, tx, created);
                    if (contentId != null && answer.body() != null) {
                        created.put(contentId, answer.body());
                    }
                    answers.add(response(contentId, answer));
                }
                return null;
            });
        } catch (ODataException e) {
            return response(failedId[0], ODataAnswer.error(e));
        }
        String answerBoundary = "changesetresponse_" + UUID.randomUUID();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "multipart/mixed; boundary=" + answerBoundary);
        return new Part(headers, Multipart.write(answerBoundary, answers).stripTrailing());
    }

    /** An {@code application/http} request: request line, headers, empty line, body. */
    static ODataRequest request(String content) {
        String text = content.replace("\r\n", "\n");
        int headersEnd = text.indexOf("\n\n");
        String head = headersEnd < 0 ? text : text.substring(0, headersEnd);
        String body = headersEnd < 0 ? null : text.substring(headersEnd + 2).strip();
        String[] requestLine = head.lines().findFirst().orElse("").strip().split(" ");
        if (requestLine.length < 2) {
            throw ODataException.badRequest("A batch part does not start with a request line: " + head);
        }
        return ODataRequest.of(requestLine[0].toUpperCase(Locale.ROOT), requestLine[1], body);
    }

    private static Part response(String contentId, ODataAnswer answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/http");
        headers.put("Content-Transfer-Encoding", "binary");
        if (contentId != null) {
            headers.put("Content-ID", contentId);
        }
        StringBuilder http = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(' ')
                .append(answer.reason()).append("\r\n");
        if (answer.location() != null) {
            http.append("Location: ").append(answer.location()).append("\r\n");
        }
        if (answer.body() != null) {
            http.append("Content-Type: application/json; odata.metadata=minimal\r\n");
        }
        http.append("OData-Version: 4.0\r\n\r\n");
        if (answer.body() != null) {
            http.append(answer.body());
        }
        return new Part(headers, http.toString());
    }
}
