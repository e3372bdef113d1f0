package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.TelegramApp.SOURCE_LINK;
import static org.talksbot.TelegramApp.WAIT;
import static org.talksbot.TelegramApp.buttonData;
import static org.talksbot.TelegramApp.itemDates;
import static org.talksbot.TelegramApp.itemTitles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Html;
import org.talksbot.telegram.FakeBotApi;

/**
 * The real app, started the way a user starts it (TELEGRAM_API_URL pointing at a Bot API server),
 * with the bundled curated data, talking to the fake Bot API: what users type, what they get back.
 * Inline mode is in {@link AppInlineTest}.
 */
class AppTelegramTest {

    private static TelegramApp telegram;
    private static FakeBotApi fake;
    private static int eventsAtStart;

    @BeforeAll
    static void startTheApp() {
        telegram = TelegramApp.start();
        fake = telegram.fake;
        eventsAtStart = telegram.storedEvents();
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
    void startupPublishesTheMainCommandsAsTheMenu() {
        JsonNode menu = fake.awaitCalls("setMyCommands", 1, WAIT).get(0).path("commands");
        Set<String> names = new HashSet<>();
        menu.forEach(command -> names.add(command.path("command").asText()));
        assertTrue(names.containsAll(Set.of("latest", "who", "lachin")), names.toString());
    }

    @Test
    void pollingAsksTelegramForInlineQueriesAndButtonPresses() {
        JsonNode poll = fake.awaitCalls("getUpdates", 1, WAIT).get(0);

        List<String> kinds = new ArrayList<>();
        poll.path("allowed_updates").forEach(kind -> kinds.add(kind.asText()));
        assertTrue(kinds.containsAll(List.of("message", "callback_query", "inline_query")), kinds.toString());
    }

    @Test
    void startExplainsThePeaceTalksBotWithExampleCommandsInHtml() {
        FakeBotApi.Sent reply = telegram.ask("/start");

        assertTrue(reply.text().contains("peace talks"), reply.text());
        assertTrue(reply.text().contains("/latest") && reply.text().contains("/who"), reply.text());
        assertEquals("HTML", reply.parseMode().toUpperCase());
    }

    @Test
    void latestShowsFiveSourcedEventsAndMoreShowsTheFiveBefore() {
        long chat = telegram.newChat();
        fake.enqueueText(chat, chat, "/latest");
        FakeBotApi.Sent first = fake.awaitMessages(chat, 1, WAIT).get(0);
        List<String> firstDates = itemDates(first.text());
        assertEquals(5, firstDates.size(), first.text());
        assertTrue(firstDates.get(0).matches("\\d{4}-\\d{2}-\\d{2}"), firstDates.toString());
        assertTrue(first.text().contains(SOURCE_LINK), first.text());
        String more = buttonData(first).stream().filter(data -> data.startsWith("/latest")).findFirst()
                .orElseThrow(() -> new AssertionError("no More button: " + first.replyMarkup()));

        String pressed = fake.enqueueCallback(chat, chat, more);
        FakeBotApi.Sent next = fake.awaitMessages(chat, 2, WAIT).get(1);

        assertTrue(fake.calls("answerCallbackQuery").stream()
                .anyMatch(call -> call.path("callback_query_id").asText().equals(pressed)));
        List<String> nextDates = itemDates(next.text());
        assertEquals(5, nextDates.size(), next.text());
        assertTrue(nextDates.get(0).compareTo(firstDates.get(firstDates.size() - 1)) <= 0,
                firstDates + " then " + nextDates);
        assertNotEquals(firstDates, nextDates);
        Set<String> firstTitles = itemTitles(first.text());
        assertEquals(5, firstTitles.size(), first.text());
        itemTitles(next.text()).forEach(title -> assertFalse(firstTitles.contains(title), "shown twice: " + title));
        assertTrue(next.text().contains(SOURCE_LINK), next.text());
    }

    @Test
    void whoBlinkenGivesHisRoleAndHisOwnWordsWithSources() throws IOException {
        String reply = telegram.ask("/who blinken").text();

        assertTrue(reply.contains("Antony Blinken"), reply);
        assertTrue(reply.contains("U.S. Secretary of State"), reply);
        List<String> hisQuotes = curatedQuotesOf("antony-blinken");
        assertTrue(hisQuotes.contains("Diplomacy is the only way to peace in the South Caucasus."), hisQuotes.toString());
        assertTrue(hisQuotes.stream().anyMatch(quote -> reply.contains(Html.escape(quote))),
                "none of his curated quotes verbatim in: " + reply);
        assertTrue(reply.contains(SOURCE_LINK), reply);
    }

    @Test
    void aLongAnswerArrivesInHtmlPartsWithItsMoreButtonUnderTheLast() {
        long chat = telegram.newChat();
        fake.enqueueText(chat, chat, "/latest 20");
        fake.enqueueText(chat, chat, "/help");
        List<FakeBotApi.Sent> sent = telegram.awaitUntilLast(chat, "<b>Commands</b>");

        List<FakeBotApi.Sent> parts = sent.subList(0, sent.size() - 1);
        assertTrue(parts.size() >= 2, "one part only: " + parts.get(0).text().length() + " characters");
        int events = 0;
        for (FakeBotApi.Sent part : parts) {
            assertEquals("HTML", String.valueOf(part.parseMode()).toUpperCase(), part.text());
            events += itemDates(part.text()).size();
        }
        assertEquals(20, events);
        assertTrue(buttonData(parts.get(parts.size() - 1)).stream().anyMatch(data -> data.startsWith("/latest 20")));
        parts.subList(0, parts.size() - 1).forEach(part -> assertTrue(buttonData(part).isEmpty()));
    }

    @Test
    void chartLachinArrivesAsAPngPhotoWithACaptionCountingTheStoresLachinEvents() throws IOException {
        long chat = telegram.newChat();
        fake.enqueueText(chat, chat, "/chart lachin");

        FakeBotApi.SentPhoto photo = fake.awaitPhotos(chat, 1, WAIT).get(0);
        assertTrue(photo.bytes().length > 10_000 && photo.bytes().length <= 10 * 1024 * 1024, photo.bytes().length + " bytes");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertEquals(1000, image.getWidth());
        assertEquals(600, image.getHeight());
        assertEquals("HTML", photo.parseMode().toUpperCase());
        int lachinEvents = telegram.app.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM event_topic WHERE topic_id = 'lachin-corridor'").mapTo(Integer.class).one());
        assertTrue(photo.caption().contains("Events on Lachin corridor per month"), photo.caption());
        assertTrue(photo.caption().contains(lachinEvents + " events"), photo.caption());
        assertTrue(photo.caption().contains("/sources"), photo.caption());
        assertTrue(photo.caption().length() <= 1024);
        assertEquals(List.of(), fake.sent(chat), "the chart came as text too");
    }

    @Test
    void theChartButtonUnderATopicPageSendsItsChart() {
        long chat = telegram.newChat();
        fake.enqueueText(chat, chat, "/treaty");
        FakeBotApi.Sent page = fake.awaitMessages(chat, 1, WAIT).get(0);
        String chart = buttonData(page).stream().filter(data -> data.startsWith("/chart ")).findFirst()
                .orElseThrow(() -> new AssertionError("no Chart button: " + page.replyMarkup()));

        fake.enqueueCallback(chat, chat, chart);

        FakeBotApi.SentPhoto photo = fake.awaitPhotos(chat, 1, WAIT).get(0);
        assertTrue(photo.caption().contains("Events on Peace treaty"), photo.caption());
    }

    @Test
    void whoWithAMisspelledNameAsksDidYouMeanWithAButton() {
        FakeBotApi.Sent reply = telegram.ask("/who blinkn");

        assertTrue(reply.text().contains("Did you mean"), reply.text());
        assertTrue(buttonData(reply).stream().anyMatch(data -> data.startsWith("/who")), buttonData(reply).toString());
    }

    @Test
    void lachinGivesTheBackgroundAndDatedSourcedItems() {
        String reply = telegram.ask("/lachin").text();

        assertTrue(reply.contains("Lachin corridor"), reply);
        assertTrue(reply.contains("the only road linking Armenia and Nagorno-Karabakh"), reply);
        assertTrue(itemDates(reply).size() >= 3, reply);
        assertTrue(reply.contains(SOURCE_LINK), reply);
    }

    @Test
    void aPlainQuestionIsAnsweredWithHowItWasUnderstoodAndSourcedItems() {
        String reply = telegram.ask("what did Blinken say about the Lachin corridor?").text();

        assertTrue(reply.contains("Antony Blinken") && reply.contains("Lachin corridor"), reply);
        assertFalse(itemDates(reply).isEmpty(), reply);
        assertTrue(reply.contains(SOURCE_LINK), reply);
    }

    @Test
    void whoSaidQuestionFindsTheVerbatimQuoteWithItsSource() {
        String reply = telegram.ask("who said diplomacy is the only way?").text();

        assertTrue(reply.contains("20 March 2023 · <b>Antony Blinken</b>"), reply);
        assertTrue(reply.contains("“Diplomacy is the only way to peace in the South Caucasus.”"), reply);
        assertTrue(reply.contains("<a href=\"https://asbarez.com/"), reply);
    }

    @Test
    void aQuestionOutsideTheStoreGetsAnHonestDontKnowWithSuggestions() {
        FakeBotApi.Sent reply = telegram.ask("what's the weather in Paris");

        assertTrue(reply.text().contains("I don't know") || reply.text().contains("I don’t know"), reply.text());
        assertFalse(reply.text().contains(SOURCE_LINK), reply.text());
        assertFalse(buttonData(reply).isEmpty(), "no suggestions to press");
    }

    @Test
    void inAGroupOnlyCommandsForThisBotAreAnswered() {
        long group = -telegram.newChat();
        fake.enqueueText(group, 7, "hi everyone, what's the weather in Paris?");
        fake.enqueueText(group, 7, "/latest@OtherBot");
        fake.enqueueText(group, 7, "/latest@" + FakeBotApi.BOT_USERNAME);

        FakeBotApi.Sent reply = fake.awaitMessages(group, 1, WAIT).get(0);
        fake.enqueueText(group, 7, "/help");
        fake.awaitMessages(group, 2, WAIT);

        assertEquals(5, itemDates(reply.text()).size(), reply.text());
        assertEquals(2, fake.sent(group).size(), "the chatter or the command for the other bot was answered");
        String more = buttonData(reply).stream().filter(data -> data.startsWith("/latest")).findFirst().orElseThrow();
        fake.enqueueCallback(group, 8, more);
        FakeBotApi.Sent earlier = fake.awaitMessages(group, 3, WAIT).get(2);
        assertTrue(earlier.text().startsWith("<b>Earlier events</b>"), earlier.text());
    }

    @Test
    void badInputGetsAPoliteAnswerAndLeavesTheStoreAlone() {
        List<String> junk = List.of("/frobnicate", "x".repeat(4096), "🙂🙂🙂", "<script>alert(1)</script>",
                "'; DROP TABLE event; --", "blinken AND \"lachin~ *:*", "/who <b>", "/latest -5 9999-99-99",
                "<".repeat(4096), "&amp;".repeat(800), "🙂".repeat(2000), "/who " + "<&>\"".repeat(500),
                "/search " + "a&b<c>".repeat(300), "/timeline <2023>", "/lachin &", "/quotes <i>blinken",
                "/event " + "x".repeat(300), "/" + "y".repeat(300), "what did <b>Aliyev</b> say about &?");
        for (String text : junk) {
            String reply = telegram.ask(text).text();
            assertFalse(reply.isBlank(), text);
            assertFalse(reply.contains("Exception") || reply.contains("at org."), reply);
            assertFalse(reply.contains("something went wrong"), "the bot failed on " + text.substring(0,
                    Math.min(40, text.length())));
            assertFalse(reply.contains("<script>"), reply);
        }
        assertEquals(eventsAtStart, telegram.storedEvents());
        assertTrue(eventsAtStart > 0);
    }

    @Test
    void everyButtonUnderTheMainAnswersLeadsToAnAnswer() {
        List<String> pressed = new ArrayList<>();
        for (String text : List.of("/start", "/help", "/latest", "/who blinken", "/who blinkn", "/lachin",
                "what did Blinken say about the Lachin corridor?", "what's the weather in Paris", "/topics")) {
            for (String data : buttonData(telegram.ask(text))) {
                long chat = telegram.newChat();
                fake.enqueueCallback(chat, chat, data);
                if (data.startsWith("/chart ")) {
                    assertFalse(fake.awaitPhotos(chat, 1, WAIT).get(0).caption().isBlank(), data);
                    pressed.add(data);
                    continue;
                }
                FakeBotApi.Sent answer = fake.awaitMessages(chat, 1, WAIT).get(0);
                assertEquals("HTML", String.valueOf(answer.parseMode()).toUpperCase(), answer.text());
                assertFalse(answer.text().contains("something went wrong"), data);
                assertFalse(answer.text().startsWith("I don't know the command"), data + ": " + answer.text());
                pressed.add(data);
            }
        }
        assertTrue(pressed.size() >= 10, pressed.toString());
    }

    @Test
    void everyButtonPressedInAGroupIsAnswered() {
        long group = -telegram.newChat();
        List<String> pressed = new ArrayList<>();  // the commands typed and the button data pressed, in order
        int charts = 0;  // Chart buttons answer with a photo, not a message
        for (String text : List.of("/start", "/help", "/latest", "/who blinken", "/who blinkn", "/lachin",
                "/search lachin", "/search weather in paris", "/topics", "/quotes blinken")) {
            fake.enqueueText(group, 7, text);
            FakeBotApi.Sent reply = fake.awaitMessages(group, pressed.size() + 1, WAIT).get(pressed.size());
            pressed.add(text);
            for (String data : buttonData(reply)) {
                fake.enqueueCallback(group, 7, data);
                if (data.startsWith("/chart ")) {
                    fake.awaitPhotos(group, ++charts, WAIT);
                    continue;
                }
                FakeBotApi.Sent answer = fake.awaitMessages(group, pressed.size() + 1, WAIT).get(pressed.size());
                assertFalse(answer.text().contains("something went wrong"), data);
                pressed.add(data);
            }
        }
        assertTrue(pressed.stream().filter(data -> data.contains("@") || data.contains("-")).count() >= 3,
                "too few buttons pressed: " + pressed);
    }

    @Test
    void manyChatsAtOnceGetTheSameAnswersAsOneChatAloneInOrder() {
        // each of these answers fits in one message, so the n-th message is the answer to the n-th text
        List<String> texts = List.of("/latest", "/who blinken", "/lachin", "what did Aliyev say about the border?",
                "/topics", "/search lachin");
        Map<String, String> alone = new HashMap<>();
        texts.forEach(text -> alone.put(text, telegram.ask(text).text()));
        List<Long> many = new ArrayList<>();
        List<String> inlineIds = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long chat = telegram.newChat();
            many.add(chat);
            for (int t = 0; t < 3; t++) {
                fake.enqueueText(chat, chat, texts.get((i + t) % texts.size()));
            }
            inlineIds.add(fake.enqueueInlineQuery(chat, i % 2 == 0 ? "" : "blinken", ""));
        }

        for (int i = 0; i < many.size(); i++) {
            List<FakeBotApi.Sent> replies = fake.awaitMessages(many.get(i), 3, Duration.ofSeconds(20));
            assertEquals(3, replies.size());
            for (int t = 0; t < 3; t++) {
                assertEquals(alone.get(texts.get((i + t) % texts.size())), replies.get(t).text());
            }
        }
        inlineIds.forEach(id -> assertTrue(fake.awaitInlineAnswer(id, WAIT).path("results").size() > 0));
    }

    // ---- helpers

    /** The texts the curated quote files attribute to {@code speaker}, as the data has them. */
    static List<String> curatedQuotesOf(String speaker) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("db/curated/quotes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                yaml.readTree(file.toFile()).path("quotes").forEach(quote -> {
                    if (quote.path("speaker").asText().equals(speaker)) {
                        texts.add(quote.path("text").asText());
                    }
                });
            }
        }
        return texts;
    }
}
