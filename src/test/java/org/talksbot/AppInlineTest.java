package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.TelegramApp.SOURCE_LINK;
import static org.talksbot.TelegramApp.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksbot.telegram.FakeBotApi;

/**
 * Inline mode end to end: {@code @TalksTestBot QUERY} to the real app with the bundled curated data,
 * answered through the fake Bot API's answerInlineQuery.
 */
class AppInlineTest {

    private static TelegramApp telegram;
    private static FakeBotApi fake;

    @BeforeAll
    static void startTheApp() {
        telegram = TelegramApp.start();
        fake = telegram.fake;
    }

    @AfterAll
    static void stopTheApp() {
        telegram.close();
    }

    private int refusalsBefore;

    @BeforeEach
    void countRefusals() {
        refusalsBefore = fake.refusals().size();
    }

    /** Telegram would have refused nothing this test made the bot send (each test waited for its replies). */
    @AfterEach
    void telegramAcceptedEverything() {
        List<String> refusals = fake.refusals();
        assertEquals(List.of(), refusals.subList(refusalsBefore, refusals.size()));
    }

    @Test
    void inlineModeSharesTextCardsNeverAChart() {
        JsonNode answer = telegram.inline("lachin", "");

        JsonNode results = answer.path("results");
        assertTrue(results.size() > 0, answer.toString());
        assertResultsAreWellFormed(results);
        results.forEach(result -> {
            assertEquals("article", result.path("type").asText(), result.toString());
            assertFalse(result.path("input_message_content").path("message_text").asText().isBlank());
        });
        assertEquals(List.of(), fake.calls("sendPhoto"));
    }

    @Test
    void emptyInlineQueryPagesThroughTheLatestEvents() {
        JsonNode first = telegram.inline("", "");
        JsonNode results = first.path("results");
        assertTrue(results.size() > 0 && results.size() <= 50, "results: " + results.size());
        String next = first.path("next_offset").asText();
        assertTrue(next.matches("\\d{1,6}"), "next_offset " + next);
        assertEquals(30, first.path("cache_time").asInt());
        assertFalse(first.path("is_personal").asBoolean(true));
        assertResultsAreWellFormed(results);
        String latest = telegram.ask("/latest").text();
        for (int i = 0; i < 5; i++) {
            String card = results.get(i).path("input_message_content").path("message_text").asText();
            assertTrue(latest.contains(card.lines().findFirst().orElseThrow()), "not among the latest: " + card);
        }

        JsonNode second = telegram.inline("", next);

        Set<String> firstIds = ids(first.path("results"));
        Set<String> secondIds = ids(second.path("results"));
        assertFalse(secondIds.isEmpty());
        secondIds.forEach(id -> assertFalse(firstIds.contains(id), "repeated " + id));
        assertTrue(second.path("next_offset").asText().isEmpty() || !second.path("next_offset").asText().equals(next));
    }

    @Test
    void inlineQueryFindsSourcedItems() {
        JsonNode results = telegram.inline("lachin", "").path("results");

        assertTrue(results.size() > 0);
        assertResultsAreWellFormed(results);
        results.forEach(result -> assertTrue(
                result.path("input_message_content").path("message_text").asText().contains(SOURCE_LINK),
                result.toString()));
    }

    @Test
    void everyInlinePageIsAcceptedFirstTimeAndNoItemRepeatsAcrossPages() {
        for (String query : List.of("", "blinken", "pashinyan aliyev", "2023", "peace treaty", "Berdzor", "Laçın",
                "what did Aliyev say about the border?", "TRIPP", "washington", "🙂", "a", "the")) {
            Set<String> seen = new HashSet<>();
            String offset = "";
            for (int page = 0; page < 5; page++) {
                String id = fake.enqueueInlineQuery(telegram.newChat(), query, offset);
                JsonNode answer = fake.awaitInlineAnswer(id, WAIT);
                assertEquals(refusalsBefore, fake.refusals().size(), "“" + query + "” at " + offset);
                assertResultsAreWellFormed(answer.path("results"));
                answer.path("results").forEach(result -> assertTrue(seen.add(result.path("id").asText()),
                        "“" + query + "” repeats " + result.path("id").asText()));
                offset = answer.path("next_offset").asText();
                if (offset.isEmpty()) {
                    break;
                }
            }
        }
    }

    @Test
    void inlineQueryWithSearchSyntaxIsAnsweredWithoutError() {
        JsonNode answer = telegram.inline("blinken AND \"lachin~ *:* (", "");
        assertTrue(answer.path("results").isArray());
        JsonNode tooLong = telegram.inline("lachin ".repeat(100), "not-a-number");
        assertTrue(tooLong.path("results").isArray());
    }

    // ---- helpers

    private static void assertResultsAreWellFormed(JsonNode results) {
        for (JsonNode result : results) {
            assertEquals("article", result.path("type").asText());
            assertTrue(result.path("id").asText().getBytes(StandardCharsets.UTF_8).length <= 64);
            assertFalse(result.path("title").asText().isBlank(), result.toString());
            JsonNode content = result.path("input_message_content");
            assertEquals("HTML", content.path("parse_mode").asText().toUpperCase());
            assertTrue(content.path("link_preview_options").path("is_disabled").asBoolean(), result.toString());
            assertTrue(content.path("message_text").asText().length() <= 4096);
            assertTrue(content.path("message_text").asText().contains("Source: <a href=\"http"), result.toString());
        }
    }

    private static Set<String> ids(JsonNode results) {
        Set<String> ids = new HashSet<>();
        results.forEach(result -> ids.add(result.path("id").asText()));
        return ids;
    }
}
