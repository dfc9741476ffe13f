package org.o2cbridge.connector.d365;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OData {@code $batch} in the multipart format (OData v4 §11.7, RFC 2046 multipart/mixed):
 * writes one change set of operations, each an {@code application/http} part with a Content-ID,
 * and reads the answer back into the status, headers and body of each operation, whether they
 * come inside a {@code changesetresponse} or, for a failed change set, as one part on their own.
 */
final class D365Batch {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3}).*");

    /** One operation of a change set: method, URL relative to the service root (or {@code $1/…}), JSON body. */
    record Operation(String method, String url, String json) {
    }

    /** One answered operation. */
    record Answer(String contentId, int status, Map<String, String> headers, String body) {
    }

    private final String boundary = "batch_" + UUID.randomUUID();
    private final String changeSetBoundary = "changeset_" + UUID.randomUUID();
    private final List<Operation> operations = new ArrayList<>();

    D365Batch add(Operation operation) {
        operations.add(operation);
        return this;
    }

    String contentType() {
        return "multipart/mixed; boundary=" + boundary;
    }

    String body() {
        StringBuilder out = new StringBuilder();
        out.append("--").append(boundary).append("\r\n")
                .append("Content-Type: multipart/mixed; boundary=").append(changeSetBoundary).append("\r\n\r\n");
        int contentId = 1;
        for (Operation operation : operations) {
            out.append("--").append(changeSetBoundary).append("\r\n")
                    .append("Content-Type: application/http\r\n")
                    .append("Content-Transfer-Encoding: binary\r\n")
                    .append("Content-ID: ").append(contentId++).append("\r\n\r\n")
                    .append(operation.method()).append(' ').append(operation.url()).append(" HTTP/1.1\r\n")
                    .append("OData-Version: 4.0\r\n")
                    .append("Content-Type: application/json;odata.metadata=minimal\r\n")
                    .append("Accept: application/json\r\n\r\n")
                    .append(operation.json()).append("\r\n");
        }
        out.append("--").append(changeSetBoundary).append("--\r\n");
        out.append("--").append(boundary).append("--\r\n");
        return out.toString();
    }

    /** Every operation answer of a batch response, in order; empty when it is not multipart. */
    static List<Answer> read(String contentType, String body) {
        List<Answer> answers = new ArrayList<>();
        Optional<String> boundary = boundary(contentType);
        if (boundary.isEmpty() || body == null) {
            return answers;
        }
        for (String[] part : parts(body, boundary.get())) {
            Map<String, String> headers = headers(part[0]);
            String type = headers.getOrDefault("content-type", "");
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
                answers.addAll(read(type, part[1]));
            } else {
                answers.add(http(headers.get("content-id"), part[1]));
            }
        }
        return answers;
    }

    static Optional<String> boundary(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(3)) : Optional.empty();
    }

    /** Each body part as {headers, content}. */
    private static List<String[]> parts(String body, String boundary) {
        List<String[]> parts = new ArrayList<>();
        String delimiter = "--" + boundary;
        StringBuilder current = null;
        for (String line : body.split("\r?\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.equals(delimiter) || trimmed.equals(delimiter + "--")) {
                if (current != null) {
                    parts.add(split(current.toString()));
                }
                if (trimmed.endsWith("--")) {
                    break;
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return parts;
    }

    private static String[] split(String part) {
        String text = part.endsWith("\n") ? part.substring(0, part.length() - 1) : part;
        if (text.startsWith("\n")) {
            return new String[] {"", text.substring(1)};
        }
        int end = text.indexOf("\n\n");
        return end < 0 ? new String[] {text, ""} : new String[] {text.substring(0, end), text.substring(end + 2)};
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static Answer http(String contentId, String content) {
        String[] message = split(content.startsWith("\n") ? content.substring(1) : content);
        String[] head = message[0].split("\n", 2);
        Matcher status = STATUS_LINE.matcher(head[0].strip());
        if (!status.matches()) {
            throw new IllegalArgumentException("a batch answer part does not start with an HTTP status line: " + head[0]);
        }
        return new Answer(contentId, Integer.parseInt(status.group(1)), headers(head.length > 1 ? head[1] : ""),
                message[1].strip());
    }
}
