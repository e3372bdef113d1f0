package org.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** What the real Bot API refuses, so the fake refuses it too: bad HTML, bad buttons, bad inline answers. */
final class FakeRefusals {

    private FakeRefusals() {
    }

    /** Why Telegram would refuse this sendMessage, if it would. */
    static Optional<String> ofMessage(JsonNode body) {
        String text = body.path("text").asText("");
        return text.isEmpty() ? Optional.of("message text is empty")
                : ofText(text, body.path("parse_mode").asText(""), body.get("reply_markup"));
    }

    /** What Telegram allows a photo upload (Bot API sendPhoto): 10 MB, width + height at most 10,000, ratio at most 20. */
    static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;
    static final int MAX_CAPTION = 1024;

    /**
     * Why Telegram would refuse this sendPhoto (as read by {@link FakeMultipart}): no uploaded file, a file
     * over 10 MB, content that is not an image (Telegram reads the bytes, not the part's content type, which
     * clients often send as application/octet-stream), bad dimensions, or a caption over 1,024 characters
     * of text or with bad HTML.
     */
    static Optional<String> ofPhoto(JsonNode body) {
        JsonNode photo = FakeMultipart.file(body, "photo");
        if (!photo.isObject() || !photo.has("bytes")) {
            return Optional.of("there is no photo in the request");
        }
        byte[] bytes;
        try {
            bytes = photo.path("bytes").binaryValue();
        } catch (java.io.IOException e) {
            return Optional.of("IMAGE_PROCESS_FAILED");
        }
        String partType = photo.path("content_type").asText("");
        if (bytes.length > MAX_PHOTO_BYTES) {
            return Optional.of("file is too big");
        }
        if (!Set.of("image/png", "image/jpeg", "application/octet-stream").contains(partType)
                || FakePhotos.sniff(bytes).isEmpty()) {
            return Optional.of("IMAGE_PROCESS_FAILED");
        }
        java.awt.Dimension size = FakePhotos.dimensions(bytes);
        if (size == null || size.width + size.height > 10_000
                || Math.max(size.width, size.height) > 20 * Math.min(size.width, size.height)) {
            return Optional.of("PHOTO_INVALID_DIMENSIONS");
        }
        String caption = body.path("caption").asText("");
        boolean html = body.path("parse_mode").asText("").equalsIgnoreCase("HTML");
        if (html) {
            Optional<String> problem = FakeHtml.problem(caption);
            if (problem.isPresent()) {
                return problem;
            }
        }
        String text = html ? org.talksbot.console.PlainText.of(caption) : caption;
        if (text.length() > MAX_CAPTION) {
            return Optional.of("message caption is too long");
        }
        return ofButtons(markup(body));
    }

    /** A multipart upload carries the keyboard as a JSON string. */
    private static JsonNode markup(JsonNode body) {
        JsonNode markup = body.get("reply_markup");
        if (markup == null || !markup.isTextual()) {
            return markup;
        }
        try {
            return FakeUpdates.JSON.readTree(markup.asText());
        } catch (java.io.IOException e) {
            return FakeUpdates.JSON.createObjectNode().putArray("inline_keyboard").addArray().addObject();
        }
    }

    /** Why Telegram would refuse this answerInlineQuery: at most 50 results with unique short ids, valid texts. */
    static Optional<String> ofInlineAnswer(JsonNode body) {
        JsonNode results = body.path("results");
        if (results.size() > 50) {
            return Optional.of("RESULTS_TOO_MUCH");
        }
        if (bytes(body.path("next_offset").asText("")) > 64) {
            return Optional.of("NEXT_OFFSET_INVALID");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode result : results) {
            String id = result.path("id").asText("");
            if (id.isEmpty() || bytes(id) > 64) {
                return Optional.of("RESULT_ID_INVALID");
            }
            if (!ids.add(id)) {
                return Optional.of("RESULT_ID_DUPLICATE");
            }
            JsonNode content = result.path("input_message_content");
            String text = content.path("message_text").asText("");
            Optional<String> refused = result.path("title").asText("").isBlank() ? Optional.of("RESULT_TITLE_EMPTY")
                    : text.isEmpty() ? Optional.of("MESSAGE_EMPTY")
                    : ofText(text, content.path("parse_mode").asText(""), result.get("reply_markup"));
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ofText(String text, String parseMode, JsonNode markup) {
        if (text.length() > 4096) {
            return Optional.of("message is too long");
        }
        if (parseMode.equalsIgnoreCase("HTML")) {
            Optional<String> problem = FakeHtml.problem(text);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return ofButtons(markup);
    }

    private static Optional<String> ofButtons(JsonNode markup) {
        if (markup != null) {
            for (JsonNode row : markup.path("inline_keyboard")) {
                for (JsonNode button : row) {
                    int data = bytes(button.path("callback_data").asText(""));
                    if (button.path("text").asText("").isBlank() || data < 1 || data > 64) {
                        return Optional.of("BUTTON_DATA_INVALID");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
