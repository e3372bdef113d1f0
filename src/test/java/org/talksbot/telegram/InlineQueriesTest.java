package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.Reply;
import org.talksbot.i18n.Language;
import org.talksbot.search.InlineArticle;
import org.talksbot.search.InlineResults;
import org.talksbot.search.InlineSource;

/** Inline mode through the long-polling adapter: {@code @Bot QUERY} answered from an {@link InlineSource}. */
class InlineQueriesTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final List<String> queries = new CopyOnWriteArrayList<>();
    private FakeBotApi fake;
    private PollingBot bot;

    /** Sixty numbered articles, paged by 50; "boom" fails. */
    private final InlineSource source = (query, offset) -> {
        queries.add(query + "|" + offset);
        if (query.equals("boom")) {
            throw new IllegalStateException("the index broke");
        }
        int from = offset.isEmpty() ? 0 : Integer.parseInt(offset);
        List<InlineArticle> page = IntStream.range(from, Math.min(from + 50, 60))
                .mapToObj(i -> new InlineArticle("item-" + i, "Item " + i, "2023-03-20 · Asbarez",
                        "2023-03-20 · <b>Item " + i + "</b>\nSource: <a href=\"https://asbarez.com/\">Asbarez</a>"))
                .toList();
        return new InlineResults(page, from + 50 < 60 ? String.valueOf(from + 50) : "");
    };

    @BeforeEach
    void startBot() {
        fake = FakeBotApi.start();
        bot = new PollingBot(fake, request -> Reply.of("pong"),
                List.of(new MenuEntry("start", "What this bot is")),
                ChatMembershipListener.NONE, source);
    }

    @AfterEach
    void stopBot() {
        bot.close();
        fake.close();
    }

    @Test
    void articlesSendTheirHtmlCardWithoutPreviewAndCarryTheNextOffset() {
        JsonNode answer = fake.awaitInlineAnswer(fake.enqueueInlineQuery(42, "lachin", ""), WAIT);

        JsonNode results = answer.path("results");
        assertEquals(50, results.size());
        JsonNode first = results.get(0);
        assertEquals("article", first.path("type").asText());
        assertEquals("item-0", first.path("id").asText());
        assertEquals("Item 0", first.path("title").asText());
        assertEquals("2023-03-20 · Asbarez", first.path("description").asText());
        JsonNode content = first.path("input_message_content");
        assertTrue(content.path("message_text").asText().contains("<a href=\"https://asbarez.com/\">"));
        assertEquals("HTML", content.path("parse_mode").asText().toUpperCase());
        assertTrue(content.path("link_preview_options").path("is_disabled").asBoolean());
        assertEquals("50", answer.path("next_offset").asText());
        assertEquals(InlineQueries.CACHE_SECONDS, answer.path("cache_time").asInt());
        assertFalse(answer.path("is_personal").asBoolean(true));
    }

    @Test
    void theLastPageSaysThereIsNoNextOne() {
        JsonNode answer = fake.awaitInlineAnswer(fake.enqueueInlineQuery(42, "lachin", "50"), WAIT);

        assertEquals(10, answer.path("results").size());
        assertEquals("", answer.path("next_offset").asText("missing"));
        assertEquals("lachin|50", queries.get(0));
    }

    @Test
    void aFailingSearchIsAnsweredWithNoResultsAndPollingGoesOn() {
        JsonNode answer = fake.awaitInlineAnswer(fake.enqueueInlineQuery(42, "boom", ""), WAIT);
        fake.enqueueText(42, 42, "/ping");

        assertEquals(0, answer.path("results").size());
        assertEquals("pong", fake.awaitMessages(42, 1, WAIT).get(0).text());
    }

    @Test
    void anAnswerTelegramRefusesIsFollowedByAnEmptyOne() {
        AtomicBoolean refused = new AtomicBoolean();
        fake.intercept((method, body) -> method.equals("answerInlineQuery") && body.path("results").size() > 0
                && refused.compareAndSet(false, true)
                ? Optional.of(FakeFailure.badRequest("RESULT_ID_DUPLICATE")) : Optional.empty());

        String id = fake.enqueueInlineQuery(42, "lachin", "");
        fake.awaitCalls("answerInlineQuery", 2, WAIT);

        List<JsonNode> answers = fake.calls("answerInlineQuery");
        assertTrue(answers.stream().allMatch(a -> a.path("inline_query_id").asText().equals(id)));
        assertEquals(0, answers.get(1).path("results").size());
    }

    @Test
    void aQueryLongerThanTelegramAllowsIsCut() {
        fake.awaitInlineAnswer(fake.enqueueInlineQuery(42, "x".repeat(1000), "9".repeat(100)), WAIT);

        assertEquals("x".repeat(InlineQueries.MAX_QUERY) + "|", queries.get(0));
    }

    @Test
    void aUsersInlineQueryIsAnsweredInTheLanguageTheSourceChoosesForThem() {
        List<String> asked = new CopyOnWriteArrayList<>();
        InlineSource bilingual = new InlineSource() {
            @Override
            public InlineResults search(String query, String offset) {
                return search(query, offset, Language.EN);
            }

            @Override
            public InlineResults search(String query, String offset, Language language) {
                asked.add(query + "|" + language.code());
                return new InlineResults(List.of(new InlineArticle("item-1", language == Language.RU ? "Статья" : "Item",
                        "2023", "<b>1</b>")), "");
            }

            @Override
            public Language languageOf(long userId, String telegramLanguage) {
                // user 77 chose Armenian in private; anyone else gets their client's language
                return userId == 77 ? Language.HY : Language.fromTelegram(telegramLanguage);
            }
        };
        bot.close();
        bot = new PollingBot(fake, request -> Reply.of("pong"), List.of(new MenuEntry("start", "What this bot is")),
                ChatMembershipListener.NONE, bilingual);

        JsonNode russian = fake.awaitInlineAnswer(enqueueInlineQuery("iq-ru", 42, "ru", "Пашинян"), WAIT);
        fake.awaitInlineAnswer(enqueueInlineQuery("iq-hy", 77, "ru", "Լաչին"), WAIT);
        fake.awaitInlineAnswer(enqueueInlineQuery("iq-none", 43, null, "lachin"), WAIT);

        assertEquals("Статья", russian.path("results").get(0).path("title").asText());
        assertEquals(List.of("Пашинян|ru", "Լաչին|hy", "lachin|en"), asked);
    }

    private String enqueueInlineQuery(String id, long userId, String languageCode, String query) {
        com.fasterxml.jackson.databind.node.ObjectNode update = FakeUpdates.inlineQuery(id, userId, query, "");
        if (languageCode != null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) update.path("from")).put("language_code", languageCode);
        }
        fake.enqueue("inline_query", update);
        return id;
    }
}
