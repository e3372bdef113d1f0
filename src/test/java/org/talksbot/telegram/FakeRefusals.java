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
