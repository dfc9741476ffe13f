package org.o2cbridge.connector;

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
 * An OData {@code $batch} request in the multipart format (OData v2 "Batch Processing", OData v4
 * §11.7, RFC 2046 multipart/mixed) and the reading of its answer. A batch holds, in order, read
 * operations on their own ({@code GET}, never inside a change set) and change sets of writes, each
 * change set atomic on the server; each operation is an {@code application/http} part, a write
 * with a Content-ID unique in the batch. The answer is read back part by part: one group per
 * part of the request — a read's single answer, a change set's answers inside its
 * {@code changesetresponse}, or, for a change set the server refused as a whole, the one error
 * part it answers instead — each answer with its own status, headers and body.
 */
public final class ODataBatch {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3}).*");

    /** The protocol version, which names the version header and JSON media type of every operation. */
    public enum Version {
        /** OData v2 (SAP Gateway): {@code DataServiceVersion: 2.0}, {@code application/json}. */
        V2("DataServiceVersion: 2.0", "application/json"),
        /** OData v4: {@code OData-Version: 4.0}, {@code application/json;odata.metadata=minimal}. */
        V4("OData-Version: 4.0", "application/json;odata.metadata=minimal");

        private final String versionHeader;
        private final String json;

        Version(String versionHeader, String json) {
            this.versionHeader = versionHeader;
            this.json = json;
        }
    }

    /**
     * One operation: method, URL relative to the service root (or {@code $<Content-ID>/…} for an
     * entity created earlier in the change set), JSON body (null for a read).
     */
    public record Operation(String method, String url, String json) {

        public static Operation get(String url) {
            return new Operation("GET", url, null);
        }
    }

    /** One answered operation; header names in lower case. */
    public record Answer(String contentId, int status, Map<String, String> headers, String body) {

        public boolean success() {
            return status / 100 == 2;
        }
    }

    /** A part of the request: a read on its own, or a change set of writes. */
    private record Part(Operation read, List<Operation> changeSet) {
    }

    private final Version version;
    private final String boundary = "batch_" + UUID.randomUUID();
    private final List<Part> parts = new ArrayList<>();

    public ODataBatch(Version version) {
        this.version = version;
    }

    /** Adds a read ({@code GET}) outside any change set. */
    public ODataBatch read(String url) {
        parts.add(new Part(Operation.get(url), null));
        return this;
    }

    /** Adds a change set: its writes succeed or fail together. */
    public ODataBatch changeSet(List<Operation> writes) {
        if (writes.isEmpty() || writes.stream().anyMatch(w -> w.method().equals("GET"))) {
            throw new IllegalArgumentException("a change set holds one or more writes and no read");
        }
        parts.add(new Part(null, List.copyOf(writes)));
        return this;
    }

    /** How many parts (reads and change sets) the batch holds. */
    public int size() {
        return parts.size();
    }

    public String contentType() {
        return "multipart/mixed; boundary=" + boundary;
    }

    public String body() {
        StringBuilder out = new StringBuilder();
        int contentId = 1;
        for (Part part : parts) {
            out.append("--").append(boundary).append("\r\n");
            if (part.read() != null) {
                out.append("Content-Type: application/http\r\n")
                        .append("Content-Transfer-Encoding: binary\r\n\r\n");
                operation(out, part.read());
                continue;
            }
            String changeSetBoundary = "changeset_" + UUID.randomUUID();
            out.append("Content-Type: multipart/mixed; boundary=").append(changeSetBoundary).append("\r\n\r\n");
            for (Operation write : part.changeSet()) {
                out.append("--").append(changeSetBoundary).append("\r\n")
                        .append("Content-Type: application/http\r\n")
                        .append("Content-Transfer-Encoding: binary\r\n")
                        .append("Content-ID: ").append(contentId++).append("\r\n\r\n");
                operation(out, write);
            }
            out.append("--").append(changeSetBoundary).append("--\r\n");
        }
        out.append("--").append(boundary).append("--\r\n");
        return out.toString();
    }

    private void operation(StringBuilder out, Operation operation) {
        out.append(operation.method()).append(' ').append(operation.url()).append(" HTTP/1.1\r\n")
                .append(version.versionHeader).append("\r\n")
                .append("Accept: application/json\r\n");
        if (operation.json() != null) {
            out.append("Content-Type: ").append(version.json).append("\r\n\r\n").append(operation.json()).append("\r\n");
        } else {
            out.append("\r\n");
        }
    }

    /** Every operation answer of a batch response, in order; empty when it is not multipart. */
    public static List<Answer> read(String contentType, String body) {
        return readParts(contentType, body).stream().flatMap(List::stream).toList();
    }

    /**
     * The answers grouped by the request's parts, in order: one answer for a read, the change
     * set's answers (or the one error part of a refused change set) for a change set.
     */
    public static List<List<Answer>> readParts(String contentType, String body) {
        List<List<Answer>> groups = new ArrayList<>();
        Optional<String> boundary = boundary(contentType);
        if (boundary.isEmpty() || body == null) {
            return groups;
        }
        for (String[] part : parts(body, boundary.get())) {
            Map<String, String> headers = headers(part[0]);
            String type = headers.getOrDefault("content-type", "");
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
                groups.add(read(type, part[1]));
            } else {
                groups.add(List.of(http(headers.get("content-id"), part[1])));
            }
        }
        return groups;
    }

    /** The boundary parameter of a {@code multipart/*} content type. */
    public static Optional<String> boundary(String contentType) {
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
