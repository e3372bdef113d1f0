package org.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body the way the Bot API does for uploads: text fields become
 * JSON fields, a file part becomes an object with its {@code file_name}, {@code content_type} and
 * {@code bytes}, so the fake checks an upload like any other call.
 */
final class FakeMultipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    private FakeMultipart() {
    }

    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static ObjectNode read(String contentType, byte[] body) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw new IllegalArgumentException("multipart body without a boundary");
        }
        byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.US_ASCII);
        ObjectNode fields = FakeUpdates.JSON.createObjectNode();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int partStart = at + delimiter.length;
            if (partStart + 2 <= body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break;
            }
            partStart += 2;  // CRLF after the delimiter
            int next = indexOf(body, delimiter, partStart);
            if (next < 0) {
                throw new IllegalArgumentException("multipart body is not terminated");
            }
            part(Arrays.copyOfRange(body, partStart, next - 2), fields);  // CRLF before the delimiter
            at = next;
        }
        return fields;
    }

    /**
     * The uploaded file a field names: the file part of that name, or the part an {@code attach://NAME}
     * value points to (the telegrambots client uploads that way); a missing node when there is none.
     */
    static JsonNode file(JsonNode fields, String field) {
        JsonNode value = fields.path(field);
        if (value.isTextual() && value.asText().startsWith("attach://")) {
            return fields.path(value.asText().substring("attach://".length()));
        }
        return value;
    }

    private static void part(byte[] part, ObjectNode fields) {
        int headersEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String headers = new String(part, 0, headersEnd, StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOfRange(part, headersEnd + 4, part.length);
        Matcher name = NAME.matcher(headers);
        if (!name.find()) {
            return;
        }
        Matcher fileName = FILE_NAME.matcher(headers);
        if (fileName.find()) {
            ObjectNode file = fields.putObject(name.group(1));
            file.put("file_name", fileName.group(1));
            file.put("content_type", header(headers, "content-type"));
            file.put("bytes", content);
        } else {
            fields.put(name.group(1), new String(content, StandardCharsets.UTF_8));
        }
    }

    private static String header(String headers, String wanted) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(wanted)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "";
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
