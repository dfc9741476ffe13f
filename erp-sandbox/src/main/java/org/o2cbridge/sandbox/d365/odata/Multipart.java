package org.o2cbridge.sandbox.d365.odata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code multipart/mixed} framing of OData {@code $batch} (RFC 2046 §5.1 as OData v4 §11.7
 * uses it): body parts between {@code --boundary} delimiter lines, closed by {@code --boundary--},
 * each with MIME headers, an empty line and its content. Text only: batch parts here carry HTTP
 * messages with JSON bodies. Lines may end in CRLF or LF; the line break before a delimiter
 * belongs to the delimiter.
 */
public final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");

    /** One body part: its headers (names in lower case) and its content. */
    public record Part(Map<String, String> headers, String content) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private Multipart() {
    }

    /** The boundary parameter of a {@code multipart/*} content type. */
    public static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(3)) : Optional.empty();
    }

    public static List<Part> parse(String body, String boundary) {
        String delimiter = "--" + boundary;
        List<Part> parts = new ArrayList<>();
        StringBuilder current = null;
        boolean closed = false;
        for (String line : body.split("\r?\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.equals(delimiter + "--")) {
                if (current != null) {
                    parts.add(part(current));
                }
                closed = true;
                break;
            }
            if (trimmed.equals(delimiter)) {
                if (current != null) {
                    parts.add(part(current));
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append("\r\n");
            }
        }
        if (!closed) {
            throw new IllegalArgumentException("the multipart body has no closing delimiter --" + boundary + "--");
        }
        return parts;
    }

    private static Part part(StringBuilder text) {
        String raw = text.toString();
        if (raw.endsWith("\r\n")) {
            raw = raw.substring(0, raw.length() - 2);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (raw.startsWith("\r\n")) {
            return new Part(headers, raw.substring(2));
        }
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return new Part(headers, end < 0 ? "" : raw.substring(end + 4));
    }

    /** Writes parts, each given as its headers and content, between delimiters of {@code boundary}. */
    public static String write(String boundary, List<Part> parts) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append("--").append(boundary).append("\r\n");
            part.headers().forEach((name, value) -> out.append(name).append(": ").append(value).append("\r\n"));
            out.append("\r\n").append(part.content()).append("\r\n");
        }
        return out.append("--").append(boundary).append("--\r\n").toString();
    }
}
