package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.talksbot.core.HtmlSplitter;

/** The digest's text: grouped by topic, newest first, one message unless Telegram's limit forces more. */
class DigestRendererTest {

    private static DigestQueries.Entry event(int day, String title, String topic) {
        return new DigestQueries.Entry("EVENT", "e-" + day, false, LocalDate.of(2031, 1, day), "day", title, null,
                null, "https://example.org/" + day, "Example", topic);
    }

    @Test
    void itemsAreGroupedByTopicNewestFirstEachDatedWithItsSourceAndACorrectionIsMarked() {
        List<DigestQueries.Entry> entries = List.of(
                event(5, "Fifth", "Border"),
                new DigestQueries.Entry("QUOTE", "q-4", true, LocalDate.of(2031, 1, 4), "day", null, "Zed Envoy",
                        "We <hope>.", "https://example.org/q4", "Example", "Treaty"),
                event(3, "Third", "Border"),
                event(2, "Second", null));

        List<String> parts = DigestRenderer.render(DigestSchedule.Mode.DAILY, LocalDate.of(2031, 1, 6), entries);

        assertEquals(1, parts.size());
        String html = parts.get(0);
        assertTrue(html.contains("3 new items, 1 correction since the last digest."), html);
        int border = html.indexOf("<b>Border</b>");
        int treaty = html.indexOf("<b>Treaty</b>");
        int other = html.indexOf("<b>Other</b>");
        assertTrue(border > 0 && border < treaty && treaty < other, html);
        assertTrue(html.indexOf("Fifth") < html.indexOf("Third") && html.indexOf("Third") < treaty, html);
        assertTrue(html.contains("• 2031-01-05 · Fifth · <a href=\"https://example.org/5\">Example</a> · <code>e-5</code>"),
                html);
        assertTrue(html.contains("• <i>Correction:</i> 2031-01-04 · Zed Envoy: “We &lt;hope&gt;.”"), html);
    }

    @Test
    void aDigestTooLongForOneMessageIsSplitOnlyAsFarAsTheLimitForcesEachItemOnce() {
        List<DigestQueries.Entry> entries = new ArrayList<>();
        IntStream.rangeClosed(1, 28).map(day -> 29 - day)
                .forEach(day -> entries.add(event(day, "Title number " + day + " " + "x".repeat(180), "Border")));

        List<String> parts = DigestRenderer.render(DigestSchedule.Mode.WEEKLY, LocalDate.of(2031, 2, 1), entries);

        int total = parts.stream().mapToInt(String::length).sum();
        int needed = (total + HtmlSplitter.TELEGRAM_LIMIT - 1) / HtmlSplitter.TELEGRAM_LIMIT;
        assertTrue(needed >= 2 && parts.size() >= needed && parts.size() <= needed + 1,
                "no more messages than the length needs, give or take a cut at a line: " + parts.size());
        parts.forEach(part -> assertTrue(part.length() <= HtmlSplitter.TELEGRAM_LIMIT));
        String all = String.join("", parts);
        IntStream.rangeClosed(1, 28).forEach(day ->
                assertEquals(1, all.split("Title number " + day + " ", -1).length - 1, "item " + day));
        assertTrue(parts.get(0).startsWith("<b>Weekly digest</b> · 2031-02-01"));
    }
}
