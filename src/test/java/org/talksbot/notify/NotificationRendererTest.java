package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.talksbot.ask.CommandRouter;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

class NotificationRendererTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 20);
    private final StoreFixture store = new StoreFixture();
    private final OutboxWriter writer = new OutboxWriter(new FakeTime());
    private final NotificationRenderer renderer = new NotificationRenderer(store.jdbi);

    @Test
    void eventShowsDateEscapedBoldTitleSourceAndMoreButton() {
        store.importEvent(writer, "e1", "Talks <in> Prague & Brussels", List.of(), List.of());

        Reply reply = renderer.render(ItemKind.EVENT, "e1", false).orElseThrow();

        assertTrue(reply.html().startsWith("New event · 20 March 2023\n"), reply.html());
        assertTrue(reply.html().contains("<b>Talks &lt;in&gt; Prague &amp; Brussels</b>"));
        assertTrue(reply.html().contains("Source: <a href=\"https://asbarez.com/e1\">Asbarez</a>"));
        assertFalse(reply.html().contains(Messages.of(Language.EN).get("notify.english_notice")),
                "an English reader is not told that the text is English");
        assertEquals(new Button("More", "/event e1"), reply.buttons().get(0).get(0));
    }

    @Test
    void quoteShowsSpeakerTheVerbatimQuoteAndSource() {
        store.importQuote(writer, "q1", "antony-blinken", "Diplomacy is the only way.", List.of());

        Reply reply = renderer.render(ItemKind.QUOTE, "q1", false).orElseThrow();

        assertTrue(reply.html().startsWith("New quote · 20 March 2023\n"), reply.html());
        assertTrue(reply.html().contains("<b>Antony Blinken</b>, Minister:"));
        assertTrue(reply.html().contains("“Diplomacy is the only way.”"));
        assertTrue(reply.html().contains("https://asbarez.com/q1"));
        assertEquals("/quote q1", reply.buttons().get(0).get(0).data());
    }

    @Test
    void correctionSaysSoOnTheFirstLine() {
        store.importEvent(writer, "e1", "Talks", List.of(), List.of());

        String html = renderer.render(ItemKind.EVENT, "e1", true).orElseThrow().html();

        assertTrue(html.startsWith("<b>Correction:</b>"));
    }

    @Test
    void inRussianTheFrameDateAndButtonAreRussianTheQuoteVerbatimAndTheEnglishIsSaidOnce() {
        store.importEvent(writer, "e1", "Talks", List.of(), List.of());
        store.importQuote(writer, "q1", "antony-blinken", "Diplomacy is the only way.", List.of());
        Messages ru = Messages.of(Language.RU);

        Reply event = renderer.render(ItemKind.EVENT, "e1", true, Language.RU).orElseThrow();
        Reply quote = renderer.render(ItemKind.QUOTE, "q1", false, Language.RU).orElseThrow();

        assertTrue(event.html().startsWith("<b>Исправление:</b> эта запись была исправлена.\n"
                + "Новое событие · 20 марта 2023 г.\n<b>Talks</b>\n"
                + "Источник: <a href=\"https://asbarez.com/e1\">Asbarez</a>"), event.html());
        assertEquals(new Button("Подробнее", "/event e1"), event.buttons().get(0).get(0));
        assertTrue(quote.html().startsWith("Новая цитата · 20 марта 2023 г.\n<b>Antony Blinken</b>, Minister:\n"
                + "«Diplomacy is the only way.»"), quote.html());
        for (Reply reply : List.of(event, quote)) {
            assertEquals(1, reply.html().split(Pattern.quote(ru.get("notify.english_notice")), -1).length - 1, reply.html());
        }
    }

    @Test
    void inArmenianTheFrameAndDateAreArmenian() {
        store.importEvent(writer, "e1", "Talks", List.of(), List.of());
        store.importQuote(writer, "q1", "antony-blinken", "Diplomacy is the only way.", List.of());
        Messages hy = Messages.of(Language.HY);

        String event = renderer.render(ItemKind.EVENT, "e1", true, Language.HY).orElseThrow().html();
        Reply quote = renderer.render(ItemKind.QUOTE, "q1", false, Language.HY).orElseThrow();

        assertTrue(event.startsWith("<b>Ուղղում՝</b>"), event);
        assertTrue(event.contains("Նոր իրադարձություն · 20 մարտի 2023 թ.\n"), event);
        assertTrue(event.contains("Աղբյուր՝ <a href=\"https://asbarez.com/e1\">Asbarez</a>"), event);
        assertTrue(event.endsWith(hy.get("notify.english_notice")), event);
        assertTrue(quote.html().contains("Նոր մեջբերում · " + hy.day(DAY)), quote.html());
        assertTrue(quote.html().contains("«Diplomacy is the only way.»"), quote.html());
        assertEquals("Ավելին", quote.buttons().get(0).get(0).label());
    }

    @Test
    void aDateKnownOnlyToTheMonthOrYearIsWrittenNoMorePreciselyInEachLanguage() {
        store.importEvent(writer, "e1", "Talks", List.of(), List.of());
        store.jdbi.useHandle(h -> h.execute("UPDATE event SET date_precision = 'month' WHERE id = 'e1'"));
        for (Language language : Language.values()) {
            String html = renderer.render(ItemKind.EVENT, "e1", false, language).orElseThrow().html();
            assertTrue(html.contains(" · " + Messages.of(language).month(DAY) + "\n"), html);
        }
        store.jdbi.useHandle(h -> h.execute("UPDATE event SET date_precision = 'year' WHERE id = 'e1'"));
        assertTrue(renderer.render(ItemKind.EVENT, "e1", false, Language.RU).orElseThrow().html()
                .contains("Новое событие · 2023 г.\n"));
    }

    @Test
    void theLanguageIsTheOneTheChatHasStoredNowEnglishIfNone() {
        assertEquals(Language.EN, renderer.languageOf(7));
        store.speaks(7, Language.RU);
        assertEquals(Language.RU, renderer.languageOf(7));
        store.speaks(7, Language.HY);
        assertEquals(Language.HY, renderer.languageOf(7), "read afresh, not remembered");
    }

    @Test
    void anIdTooLongForAButtonIsCutToAUniquePrefix() {
        String id = "2023-03-20-a-very-long-event-identifier-that-does-not-fit-in-a-telegram-button";
        store.importEvent(writer, id, "Talks", List.of(), List.of());

        String data = renderer.render(ItemKind.EVENT, id, false).orElseThrow().buttons().get(0).get(0).data();

        assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= ButtonData.MAX_BYTES);
        assertTrue(data.endsWith("*") && id.startsWith(data.substring("/event ".length(), data.length() - 1)));
    }

    @Test
    void pressingTheMoreButtonOfALongIdAnswersAsTypingTheWholeId() {
        String event = "2023-03-20-a-very-long-event-identifier-that-does-not-fit-in-a-telegram-button";
        String quote = "q-2023-03-20-a-very-long-quote-identifier-that-does-not-fit-in-a-telegram-button";
        store.importEvent(writer, event, "Talks on the long road", List.of(), List.of());
        store.importEvent(writer, "2023-03-20-a-very-long-event", "Other talks", List.of(), List.of());
        store.importQuote(writer, quote, "antony-blinken", "Diplomacy is the only way.", List.of());
        CommandRouter router = CommandRouter.create(store.jdbi);

        for (ItemKind kind : ItemKind.values()) {
            String id = kind == ItemKind.EVENT ? event : quote;
            String data = renderer.render(kind, id, false).orElseThrow().buttons().get(0).get(0).data();
            Reply pressed = router.answer(new Request(7, 7, "en", data, Request.ChatType.PRIVATE, Request.Origin.BUTTON));

            assertTrue(data.endsWith("*"), data);
            String typed = (kind == ItemKind.EVENT ? "/event " : "/quote ") + id;
            assertEquals(router.answer(Request.privateMessage(7, typed)).html(), pressed.html());
            assertTrue(pressed.html().contains(kind == ItemKind.EVENT ? "Talks on the long road" : "Diplomacy is the only way."),
                    pressed.html());
        }
    }

    @Test
    void aLongIdThatAnotherIdSharesAllTheRoomOfAButtonWithGetsNoMoreButton() {
        String id = "2023-03-20-a-very-long-event-identifier-that-does-not-fit-in-a-telegram-button";
        store.importEvent(writer, id, "Talks", List.of(), List.of());
        store.importEvent(writer, id.replace("button", "message"), "Other talks", List.of(), List.of());

        assertEquals(List.of(), renderer.render(ItemKind.EVENT, id, false).orElseThrow().buttons());
    }

    @Test
    void anItemNoLongerInTheStoreRendersNothing() {
        assertTrue(renderer.render(ItemKind.QUOTE, "gone", false).isEmpty());
    }
}
