package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.talksbot.notify.TimeSource;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talksbot.telegram.FakeBotApi;

/**
 * The real app with the bundled curated data, started through TELEGRAM_API_URL against a fake Bot API,
 * with what end-to-end tests need to talk to it: a fresh chat per question, inline queries, and
 * readers for what came back (dates, titles, buttons).
 */
final class TelegramApp implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String SOURCE_LINK = "<a href=\"https://";
    /** A card's date as English writes it: "20 March 2023", "March 2023" or "2023". */
    private static final Pattern ITEM_DATE = Pattern.compile("(?m)^((?:\\d{1,2} )?(?:[A-Z][a-z]+ )?\\d{4}) · ");
    private static final Pattern ITEM_TITLE = Pattern.compile("(?m)^(?:\\d{1,2} )?(?:[A-Z][a-z]+ )?\\d{4} · <b>([^<]+)</b>");

    final FakeBotApi fake;
    final RunningBot app;
    private final AtomicLong chats = new AtomicLong(500);

    private TelegramApp(FakeBotApi fake, RunningBot app) {
        this.fake = fake;
        this.app = app;
    }

    static TelegramApp start() {
        return start(FakeBotApi.start(), Map.of("TALKSBOT_DB_URL", "jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    /** The app on {@code fake} (which the returned fixture closes) with these settings besides the token and API URL. */
    static TelegramApp start(FakeBotApi fake, Map<String, String> env) {
        return start(fake, env, TimeSource.SYSTEM);
    }

    /** As above, the app's delivery timed by {@code time} (e.g. {@link VirtualTime}). */
    static TelegramApp start(FakeBotApi fake, Map<String, String> env, TimeSource time) {
        fake.maxPollWait(Duration.ofMillis(200));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        all.put("TELEGRAM_API_URL", fake.url());
        try {
            return new TelegramApp(fake, App.startTelegram(Config.fromEnvironment(all), time, new CountDownLatch(1))
                    .orElseThrow());
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
    }

    /** A private chat (and user) id no other question used. */
    long newChat() {
        return chats.incrementAndGet();
    }

    /** The one reply to {@code text} in a new private chat, which Telegram accepted as HTML (no plain-text resend). */
    FakeBotApi.Sent ask(String text) {
        long chat = newChat();
        fake.enqueueText(chat, chat, text);
        FakeBotApi.Sent reply = fake.awaitMessages(chat, 1, WAIT).get(0);
        assertEquals("HTML", String.valueOf(reply.parseMode()).toUpperCase(), "not sent as HTML: " + reply.text());
        return reply;
    }

    /** The answerInlineQuery body for {@code @TalksTestBot query} from a new user. */
    JsonNode inline(String query, String offset) {
        String id = fake.enqueueInlineQuery(newChat(), query, offset);
        return fake.awaitInlineAnswer(id, WAIT);
    }

    /** All messages to the chat once the last one starts with {@code prefix}. */
    List<FakeBotApi.Sent> awaitUntilLast(long chat, String prefix) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (int count = 1; ; count++) {
            List<FakeBotApi.Sent> sent = fake.awaitMessages(chat, count, Duration.ofNanos(deadline - System.nanoTime()));
            if (sent.get(sent.size() - 1).text().startsWith(prefix)) {
                return sent;
            }
        }
    }

    int storedEvents() {
        return app.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event").mapTo(Integer.class).one());
    }

    /** The date of each event or quote card in a reply, in order. */
    static List<String> itemDates(String html) {
        return matches(ITEM_DATE, html).stream().map(TelegramApp::iso).toList();
    }

    /** An English card date back in ISO form (2023-03-20, 2023-03, 2023), so dates compare in order as text. */
    private static String iso(String english) {
        java.util.Locale en = java.util.Locale.ENGLISH;
        if (english.matches("\\d{4}")) {
            return english;
        }
        if (english.matches("[A-Z][a-z]+ \\d{4}")) {
            return java.time.YearMonth.parse(english, java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", en)).toString();
        }
        return java.time.LocalDate.parse(english, java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", en)).toString();
    }

    /** The bold title of each event card (or speaker of each quote card) in a reply. */
    static Set<String> itemTitles(String html) {
        return new LinkedHashSet<>(matches(ITEM_TITLE, html));
    }

    static List<String> buttonData(FakeBotApi.Sent sent) {
        List<String> data = new ArrayList<>();
        if (sent.replyMarkup() != null) {
            sent.replyMarkup().path("inline_keyboard")
                    .forEach(row -> row.forEach(button -> data.add(button.path("callback_data").asText())));
        }
        return data;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Override
    public void close() {
        app.close();
        fake.close();
    }
}
