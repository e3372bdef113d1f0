package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Bot;
import org.talksbot.core.Button;
import org.talksbot.core.Html;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.inbox.Inbox;
import org.talksbot.notify.TimeSource;
import org.talksbot.search.InlineSource;

/** The real long-polling adapter against the fake Bot API, end to end. */
class TelegramBotTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final List<MenuEntry> MENU = List.of(new MenuEntry("start", "What this bot is"),
            new MenuEntry("Bad-Name", "dropped: not a valid command name"), new MenuEntry("latest", "Newest events"));

    private final List<Request> seen = new CopyOnWriteArrayList<>();
    private final List<String> membership = new CopyOnWriteArrayList<>();
    private FakeBotApi fake;
    private PollingBot bot;

    /** Echoes the text in bold with a button; a few texts trigger the awkward cases. */
    private final Bot echo = request -> {
        seen.add(request);
        String text = request.text();
        return switch (text) {
            case "/boom" -> throw new IllegalStateException("the bot broke");
            case "/silent" -> Reply.of("");
            case "/long" -> Reply.of(IntStream.range(0, 300).mapToObj(i -> "<b>line " + i + "</b> of a long answer")
                    .collect(Collectors.joining("\n")), List.of(List.of(new Button("More", "/more"))));
            default -> Reply.of("<b>" + Html.escape(text) + "</b>", List.of(List.of(new Button("Next", "/next"))));
        };
    };

    @BeforeEach
    void startBot() {
        fake = FakeBotApi.start();
        bot = new PollingBot(fake, echo, MENU,
                (chatId, canWrite) -> membership.add(chatId + ":" + canWrite));
    }

    @AfterEach
    void stopBot() {
        bot.close();
        fake.close();
    }

    @Test
    void startIsAnsweredInHtmlWithButtonsAndNoLinkPreview() {
        fake.enqueueText(42, 42, "/start");

        FakeBotApi.Sent reply = fake.awaitMessages(42, 1, WAIT).get(0);
        assertEquals("<b>/start</b>", reply.text());
        assertTrue("HTML".equalsIgnoreCase(reply.parseMode()), reply.parseMode());
        assertEquals("/next", reply.replyMarkup().path("inline_keyboard").path(0).path(0).path("callback_data").asText());
        assertTrue(reply.body().path("link_preview_options").path("is_disabled").asBoolean());
        assertEquals(new Request(42, 42, "en", "/start", Request.ChatType.PRIVATE, Request.Origin.MESSAGE), seen.get(0));
    }

    @Test
    void startupDeletesTheWebhookAndPublishesOnlyValidMenuCommands() {
        assertEquals(1, fake.calls("deleteWebhook").size());
        JsonNode commands = fake.awaitCalls("setMyCommands", 1, WAIT).get(0).path("commands");
        assertEquals(2, commands.size());
        assertEquals("start", commands.path(0).path("command").asText());
        assertEquals("latest", commands.path(1).path("command").asText());
    }

    @Test
    void buttonPressIsAcknowledgedThenAnsweredAsANewMessage() {
        String callbackId = fake.enqueueCallback(42, 42, "/latest 5");

        FakeBotApi.Sent reply = fake.awaitMessages(42, 1, WAIT).get(0);
        assertEquals("<b>/latest 5</b>", reply.text());
        assertEquals(callbackId, fake.calls("answerCallbackQuery").get(0).path("callback_query_id").asText());
        assertEquals(Request.Origin.BUTTON, seen.get(0).origin());
    }

    @Test
    void aButtonWhoseAnswerFailsIsStillAcknowledgedAndApologisedFor() {
        fake.enqueueCallback(42, 42, "/boom");

        assertEquals(List.of(Messages.of(Language.EN).get("telegram.failed")), texts(fake.awaitMessages(42, 1, WAIT)));
        assertEquals(1, fake.calls("answerCallbackQuery").size());
    }

    @Test
    void channelPostsAreIgnored() {
        ObjectNode post = FakeUpdates.textMessage(-1001, 1, 5, "/start");
        post.set("chat", FakeUpdates.JSON.createObjectNode().put("id", -1001).put("type", "channel").put("title", "News"));
        post.remove("from");
        fake.enqueue("channel_post", post);
        fake.enqueue("message", post);
        fake.enqueueText(1, 1, "/after");

        fake.awaitMessages(1, 1, WAIT);
        assertEquals(List.of(), fake.sent(-1001));
        assertEquals(List.of("/after"), seen.stream().map(Request::text).toList());
    }

    @Test
    void repliesInEachChatKeepTheOrderTheChatWroteIn() {
        for (int i = 0; i < 50; i++) {
            fake.enqueueText(1, 1, "m" + i);
            fake.enqueueText(-2, 7, "g" + i);
        }

        List<String> first = texts(fake.awaitMessages(1, 50, WAIT));
        List<String> second = texts(fake.awaitMessages(-2, 50, WAIT));
        assertEquals(IntStream.range(0, 50).mapToObj(i -> "<b>m" + i + "</b>").toList(), first);
        assertEquals(IntStream.range(0, 50).mapToObj(i -> "<b>g" + i + "</b>").toList(), second);
    }

    @Test
    void aBotFailureIsApologisedForAndTheNextMessagesAreStillAnswered() {
        fake.enqueueText(1, 1, "/boom");
        fake.enqueueText(1, 1, "after");
        fake.enqueueText(2, 2, "elsewhere");

        assertEquals(List.of(Messages.of(Language.EN).get("telegram.failed"), "<b>after</b>"), texts(fake.awaitMessages(1, 2, WAIT)));
        assertEquals(List.of("<b>elsewhere</b>"), texts(fake.awaitMessages(2, 1, WAIT)));
    }

    @Test
    void aReplyRefusedWithAServerErrorIsSentAgainAndTheChatKeepsItsOrder() {
        fake.failFor("sendMessage", 1, FakeFailure.serverError(), 1);
        fake.enqueueText(1, 1, "first");
        fake.enqueueText(1, 1, "second");
        fake.enqueueText(2, 2, "elsewhere");

        assertEquals(List.of("<b>elsewhere</b>"), texts(fake.awaitMessages(2, 1, WAIT)));
        assertEquals(List.of("<b>first</b>", "<b>second</b>"), texts(fake.awaitMessages(1, 2, WAIT)));
    }

    @Test
    void aFloodWaitLongerThanAUserLikesIsStillWaitedOutNotDropped() {
        fake.failFor("sendMessage", 1, FakeFailure.tooManyRequests(3), 1);
        fake.enqueueText(1, 1, "patience");

        List<FakeBotApi.Sent> sent = fake.awaitMessages(1, 1, WAIT);

        assertEquals(List.of("<b>patience</b>"), texts(sent));
        List<FakeBotApi.Call> tries = fake.calls().stream().filter(c -> c.method().equals("sendMessage")).toList();
        assertEquals(2, tries.size());
        assertTrue(tries.get(1).atNanos() - tries.get(0).atNanos() >= Duration.ofSeconds(3).toNanos(),
                "retried before retry_after");
    }

    @Test
    void inAGroupOnlyCommandsForUsOrForNoBotInParticularAreAnswered() {
        fake.enqueueText(-100, 5, "/x@OtherBot");
        fake.enqueueText(-100, 5, "/y@talkstestbot now");
        fake.enqueueText(-100, 5, "/z");

        // the core sees the bot suffix, so it knows the command was addressed to this bot
        assertEquals(List.of("<b>/y@talkstestbot now</b>", "<b>/z</b>"), texts(fake.awaitMessages(-100, 2, WAIT)));
        assertEquals(Request.ChatType.GROUP, seen.get(0).chatType());
        assertEquals(5, seen.get(0).userId());
    }

    @Test
    void aLongReplyArrivesAsSeveralMessagesWithinTheLimitAndButtonsOnTheLast() {
        fake.enqueueText(1, 1, "/long");
        fake.enqueueText(1, 1, "done");

        List<FakeBotApi.Sent> sent = fake.awaitMessages(1, 4, WAIT);
        List<FakeBotApi.Sent> parts = sent.subList(0, sent.size() - 1);
        assertTrue(parts.size() >= 3, "parts: " + parts.size());
        assertTrue(parts.stream().allMatch(part -> part.text().length() <= 4096));
        assertTrue(parts.get(0).text().startsWith("<b>line 0</b>"));
        assertTrue(parts.stream().limit(parts.size() - 1).allMatch(part -> part.replyMarkup() == null));
        assertEquals("/more", parts.get(parts.size() - 1).replyMarkup().path("inline_keyboard").path(0).path(0)
                .path("callback_data").asText());
    }

    @Test
    void htmlTelegramCannotParseIsResentOnceAsPlainText() {
        fake.intercept((method, body) -> method.equals("sendMessage") && body.path("parse_mode").asText().equalsIgnoreCase("HTML")
                ? Optional.of(FakeFailure.cantParseEntities()) : Optional.empty());
        fake.enqueueText(1, 1, "a & b");

        FakeBotApi.Sent reply = fake.awaitMessages(1, 1, WAIT).get(0);
        assertEquals("a & b", reply.text());
        assertNull(reply.parseMode());
        assertEquals("/next", reply.replyMarkup().path("inline_keyboard").path(0).path(0).path("callback_data").asText());
    }

    @Test
    void aReplyHitByAShortFloodWaitIsSentOnceTheWaitIsOver() {
        fake.failFor("sendMessage", 1, FakeFailure.tooManyRequests(1), 1);
        fake.enqueueText(1, 1, "patience");

        assertEquals(List.of("<b>patience</b>"), texts(fake.awaitMessages(1, 1, WAIT)));
        assertEquals(2, fake.calls("sendMessage").size());
    }

    @Test
    void aStickerInAPrivateChatGetsATextOnlyNoticeAndInAGroupNothing() {
        fake.enqueueSticker(-100, 5);
        fake.enqueueSticker(3, 3);
        fake.enqueueText(-100, 5, "/after");

        assertEquals(List.of(Messages.of(Language.EN).get("telegram.text.only")), texts(fake.awaitMessages(3, 1, WAIT)));
        assertEquals(List.of("<b>/after</b>"), texts(fake.awaitMessages(-100, 1, WAIT)));
        assertEquals(1, seen.size());
    }

    @Test
    void theAdaptersOwnTextsAreInTheUsersLanguage() {
        fake.enqueueSticker(3, 3, "ru");
        fake.enqueueText(4, 4, "/boom", "hy");

        assertEquals(List.of(Messages.of(Language.RU).get("telegram.text.only")), texts(fake.awaitMessages(3, 1, WAIT)));
        assertEquals(List.of(Messages.of(Language.HY).get("telegram.failed")), texts(fake.awaitMessages(4, 1, WAIT)));
    }

    @Test
    void anEmptyReplySendsNothing() {
        fake.enqueueText(1, 1, "/silent");
        fake.enqueueText(1, 1, "/after");

        assertEquals(List.of("<b>/after</b>"), texts(fake.awaitMessages(1, 1, WAIT)));
    }

    @Test
    void blockingAndUnblockingTheBotReachTheMembershipListener() {
        fake.enqueueMyChatMember(9, 9, "member", "kicked");
        fake.enqueueMyChatMember(9, 9, "kicked", "member");
        fake.enqueueMyChatMember(-300, 9, "left", "administrator");

        Waiting.until(() -> membership.size() == 3, WAIT, "three membership changes");
        assertEquals(List.of("9:false", "9:true"), membership.stream().filter(m -> m.startsWith("9:")).toList());
        assertTrue(membership.contains("-300:true"));
    }

    @Test
    void closeReturnsQuicklyAndLeavesNoThreadOfOursRunning() {
        fake.enqueueText(1, 1, "hello");
        fake.awaitMessages(1, 1, WAIT);

        long start = System.nanoTime();
        bot.close();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 4000, "close took " + millis + " ms");
        try {
            Waiting.until(() -> ourThreads().isEmpty(), Duration.ofSeconds(3), "our threads to end");
        } catch (AssertionError e) {
            throw new AssertionError("still running: " + ourThreads(), e);
        }
        assertEquals(Set.of(), Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t.getName().startsWith("OkHttp"))
                .map(Thread::getName).collect(Collectors.toSet()), "OkHttp threads that would keep the JVM alive");
    }

    @Test
    void aRefusedTokenFailsStartWithoutRevealingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> startOnce("999:SECRETPART", fake.url()));
        assertEquals("Telegram refused the bot token (401 Unauthorized); check TELEGRAM_BOT_TOKEN", refused.getMessage());
        assertFalse(refused.getMessage().contains("SECRETPART"), refused.getMessage());
    }

    @Test
    void anUnreachableServerFailsStartWithTheReason() {
        String unreachable = fake.url();
        bot.close();
        fake.close();

        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> startOnce(FakeBotApi.TOKEN, unreachable));
        assertTrue(failed.getMessage().startsWith("could not reach the Telegram Bot API"), failed.getMessage());
        assertFalse(failed.getMessage().contains("TEST"), failed.getMessage());
    }

    @Test
    void aBotApiThatAcceptsButNeverAnswersFailsStartWithinItsTimeoutInsteadOfHanging() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
             TelegramApi api = TelegramApi.open(FakeBotApi.TOKEN, "http://127.0.0.1:" + silent.getLocalPort(),
                     Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            IllegalStateException failed = assertThrows(IllegalStateException.class,
                    () -> TelegramBot.start(api, echo, MENU, ChatMembershipListener.NONE, InlineSource.NONE,
                            new Inbox(bot.jdbi, TimeSource.SYSTEM), () -> { }));

            assertTrue(failed.getMessage().startsWith("could not reach the Telegram Bot API"), failed.getMessage());
            // OkHttp words it "timeout" or "Read timed out" depending on where the wait ends
            assertTrue(failed.getMessage().toLowerCase(java.util.Locale.ROOT).matches("(?s).*time(d )?out.*"),
                    failed.getMessage());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "start hung");
        }
    }

    /** One attempt to start polling, as the app makes it; the connection is closed whatever happens. */
    private void startOnce(String token, String url) {
        try (TelegramApi api = TelegramApi.open(token, url)) {
            TelegramBot.start(api, echo, MENU, ChatMembershipListener.NONE, InlineSource.NONE,
                    new Inbox(bot.jdbi, TimeSource.SYSTEM), () -> { }).close();
        }
    }

    private static Set<String> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("talksbot-")).collect(Collectors.toSet());
    }

    private static List<String> texts(List<FakeBotApi.Sent> sent) {
        return sent.stream().map(FakeBotApi.Sent::text).toList();
    }
}
