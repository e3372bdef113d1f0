package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;

class NotificationRendererTest {

    private final StoreFixture store = new StoreFixture();
    private final OutboxWriter writer = new OutboxWriter(new FakeTime());
    private final NotificationRenderer renderer = new NotificationRenderer(store.jdbi);

    @Test
    void eventShowsDateEscapedBoldTitleSourceAndMoreButton() {
        store.importEvent(writer, "e1", "Talks <in> Prague & Brussels", List.of(), List.of());

        Reply reply = renderer.render(ItemKind.EVENT, "e1", false).orElseThrow();

        assertTrue(reply.html().contains("2023-03-20"));
        assertTrue(reply.html().contains("<b>Talks &lt;in&gt; Prague &amp; Brussels</b>"));
        assertTrue(reply.html().contains("<a href=\"https://asbarez.com/e1\">Asbarez</a>"));
        assertEquals(new Button("More", "/event e1"), reply.buttons().get(0).get(0));
    }

    @Test
    void quoteShowsSpeakerTheVerbatimQuoteAndSource() {
        store.importQuote(writer, "q1", "antony-blinken", "Diplomacy is the only way.", List.of());

        Reply reply = renderer.render(ItemKind.QUOTE, "q1", false).orElseThrow();

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
    void anIdTooLongForAButtonIsCutToAUniquePrefix() {
        String id = "2023-03-20-a-very-long-event-identifier-that-does-not-fit-in-a-telegram-button";
        store.importEvent(writer, id, "Talks", List.of(), List.of());

        String data = renderer.render(ItemKind.EVENT, id, false).orElseThrow().buttons().get(0).get(0).data();

        assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_DATA_BYTES);
        assertTrue(data.endsWith("*") && id.startsWith(data.substring("/event ".length(), data.length() - 1)));
    }

    @Test
    void anItemNoLongerInTheStoreRendersNothing() {
        assertTrue(renderer.render(ItemKind.QUOTE, "gone", false).isEmpty());
    }
}
