package org.o2cbridge.sandbox.sap;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.o2cbridge.sandbox.d365.odata.Multipart;
import org.o2cbridge.sandbox.d365.odata.Multipart.Part;

/**
 * OData v2 {@code $batch} of an SAP Gateway service (multipart/mixed, as the v2 "Batch Processing"
 * specification and SAP Gateway answer it): each top-level part is a read ({@code GET}, only
 * allowed outside change sets) or a change set ({@code multipart/mixed}) of writes, which succeed
 * or fail together. The answer is {@code 202 Accepted}, {@code multipart/mixed;
 * boundary=batchresponse_<guid>}; each operation's own status line {@code HTTP/1.1 <code>} is
 * inside its part. A change set that succeeds answers its operations inside a
 * {@code changesetresponse_<guid>}; one that fails is undone and answers one part, the failing
 * operation's v2 error. Operations address the service's entity sets relative to its root (an
 * absolute URL under the root is accepted too).
 */
final class SapBatch {

    /** One operation as the service executes it. */
    @FunctionalInterface
    interface Service {
        /** Executes one operation; a refusal is a {@link SapApiException}. */
        Result execute(String method, String path, Map<String, String> query, String body);
    }

    /** An operation's success: its status, JSON body (or none) and the created entity's URI (or none). */
    record Result(int status, JsonObject body, URI location) {
    }

    /** The batch's answer: content type and body. */
    record Answer(String contentType, String body) {
    }

    private final Service service;
    private final String serviceRoot;

    SapBatch(Service service, String serviceRoot) {
        this.service = service;
        this.serviceRoot = serviceRoot;
    }

    Answer execute(String contentType, String body, SapBook book) {
        String boundary = Multipart.boundary(contentType).orElseThrow(() -> SapApiException.v2(400,
                "/IWBEP/CM_MGW_RT/001", "The batch request must be multipart/mixed with a boundary", null));
        List<Part> parts;
        try {
            parts = Multipart.parse(body == null ? "" : body, boundary);
        } catch (IllegalArgumentException e) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/001", "The batch request is not valid: " + e.getMessage(), null);
        }
        List<Part> answers = new ArrayList<>();
        for (Part part : parts) {
            String type = part.header("Content-Type");
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
                answers.add(changeSet(part, book));
            } else {
                answers.add(read(part));
            }
        }
        String answerBoundary = "batchresponse_" + UUID.randomUUID();
        return new Answer("multipart/mixed; boundary=" + answerBoundary, Multipart.write(answerBoundary, answers));
    }

    private Part read(Part part) {
        String contentId = part.header("Content-ID");
        try {
            Request request = request(part.content());
            if (!request.method().equals("GET")) {
                throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/001", "Only GET is allowed outside a change set; "
                        + request.method() + " " + request.path() + " must be in a change set", null);
            }
            return response(contentId, service.execute("GET", request.path(), request.query(), null));
        } catch (SapApiException e) {
            return error(contentId, e);
        }
    }

    private Part changeSet(Part changeSet, SapBook book) {
        String boundary = Multipart.boundary(changeSet.header("Content-Type")).orElse(null);
        String[] current = new String[1];
        try {
            if (boundary == null) {
                throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/001", "A change set needs a boundary", null);
            }
            List<Part> operations;
            try {
                operations = Multipart.parse(changeSet.content(), boundary);
            } catch (IllegalArgumentException e) {
                throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/001", "The change set is not valid: " + e.getMessage(),
                        null);
            }
            List<Part> answers = book.atomically(() -> {
                List<Part> done = new ArrayList<>();
                for (Part operation : operations) {
                    current[0] = operation.header("Content-ID");
                    Request request = request(operation.content());
                    if (request.method().equals("GET")) {
                        throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/001", "A change set may not contain a GET",
                                null);
                    }
                    done.add(response(current[0], service.execute(request.method(), request.path(), request.query(),
                            request.body())));
                }
                return done;
            });
            String answerBoundary = "changesetresponse_" + UUID.randomUUID();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "multipart/mixed; boundary=" + answerBoundary);
            return new Part(headers, Multipart.write(answerBoundary, answers).stripTrailing());
        } catch (SapApiException e) {
            return error(current[0], e);
        } catch (IllegalArgumentException e) {
            return error(current[0], SapApiException.v2(400, "/IWBEP/CM_MGW_RT/004", e.getMessage(), null));
        }
    }

    private record Request(String method, String path, Map<String, String> query, String body) {
    }

    /** An {@code application/http} request: request line, headers, empty line, body. */
    private Request request(String content) {
        String text = content.replace("\r\n", "\n");
        int headersEnd = text.indexOf("\n\n");
        String head = headersEnd < 0 ? text : text.substring(0, headersEnd);
        String body = headersEnd < 0 ? null : text.substring(headersEnd + 2).strip();
        String[] line = head.lines().findFirst().orElse("").strip().split(" ");
        if (line.length < 2) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/001", "A batch part does not start with a request line: "
                    + head, null);
        }
        String url = line[1];
        if (url.startsWith(serviceRoot)) {
            url = url.substring(serviceRoot.length());
        }
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, String> query = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                query.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new Request(line[0].toUpperCase(Locale.ROOT), path.startsWith("/") ? path.substring(1) : path, query,
                body == null || body.isEmpty() ? null : body);
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Part response(String contentId, Result result) {
        StringBuilder http = new StringBuilder("HTTP/1.1 ").append(result.status()).append(' ')
                .append(reason(result.status())).append("\r\n");
        if (result.location() != null) {
            http.append("Location: ").append(result.location()).append("\r\n");
        }
        if (result.body() != null) {
            http.append("Content-Type: application/json\r\n");
        }
        http.append("DataServiceVersion: 2.0\r\n\r\n");
        if (result.body() != null) {
            http.append(result.body());
        }
        return part(contentId, http.toString());
    }

    private static Part error(String contentId, SapApiException e) {
        return part(contentId, "HTTP/1.1 " + e.status() + " " + reason(e.status()) + "\r\n"
                + "Content-Type: application/json\r\nDataServiceVersion: 1.0\r\n\r\n" + e.body());
    }

    private static Part part(String contentId, String http) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/http");
        headers.put("Content-Transfer-Encoding", "binary");
        if (contentId != null) {
            headers.put("Content-ID", contentId);
        }
        return new Part(headers, http);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
