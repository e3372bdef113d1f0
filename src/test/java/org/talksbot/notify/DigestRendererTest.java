package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.talksbot.core.HtmlSplitter;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/** The digest's text: grouped by topic, newest first, one message unless Telegram's limit forces more. */
class DigestRendererTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 1, 6);

    private static DigestQueries.Entry event(int day, String title, String topic) {
        return new DigestQueries.Entry("EVENT", "e-" + day, false, LocalDate.of(2031, 1, day), "day", title, null,
                null, "https://example.org/" + day, "Example", topic == null ? null : topic.toLowerCase(), topic);
    }

    private static DigestQueries.Entry correction(int day) {
        return new DigestQueries.Entry("EVENT", "c-" + day, true, LocalDate.of(2031, 1, day), "day", "Fixed", null,
                null, null, null, "border", "Border");
    }

    /** {@code items} new events and {@code corrections} corrected ones. */
    private static List<DigestQueries.Entry> entries(int items, int corrections) {
        List<DigestQueries.Entry> entries = new ArrayList<>();
        IntStream.range(0, items).forEach(i -> entries.add(event(1 + i % 28, "Item " + i, "Border")));
        IntStream.range(0, corrections).forEach(i -> entries.add(correction(1 + i % 28)));
        return entries;
    }

    private static String render(Language language, List<DigestQueries.Entry> entries) {
        return String.join("", DigestRenderer.render(DigestSchedule.Mode.DAILY, TODAY, entries, language));
    }

    @Test
    void itemsAreGroupedByTopicNewestFirstEachDatedWithItsSourceAndACorrectionIsMarked() {
        List<DigestQueries.Entry> entries = List.of(
                event(5, "Fifth", "Border"),
                new DigestQueries.Entry("QUOTE", "q-4", true, LocalDate.of(2031, 1, 4), "day", null, "Zed Envoy",
                        "We <hope>.", "https://example.org/q4", "Example", "treaty", "Treaty"),
                event(3, "Third", "Border"),
                event(2, "Second", null));

        List<String> parts = DigestRenderer.render(DigestSchedule.Mode.DAILY, TODAY, entries);

        assertEquals(1, parts.size());
        String html = parts.get(0);
        assertTrue(html.startsWith("<b>Daily digest</b> · 6 January 2031\n"), html);
        assertTrue(html.contains("3 new items, 1 correction since the last digest."), html);
        int border = html.indexOf("<b>Border</b>");
        int treaty = html.indexOf("<b>Treaty</b>");
        int other = html.indexOf("<b>Other</b>");
        assertTrue(border > 0 && border < treaty && treaty < other, html);
        assertTrue(html.indexOf("Fifth") < html.indexOf("Third") && html.indexOf("Third") < treaty, html);
        assertTrue(html.contains("• 5 January 2031 · Fifth · <a href=\"https://example.org/5\">Example</a> · <code>e-5</code>"),
                html);
        assertTrue(html.contains("• <i>Correction:</i> 4 January 2031 · Zed Envoy: “We &lt;hope&gt;.”"), html);
        assertFalse(html.contains(Messages.of(Language.EN).get("notify.english_notice")), html);
    }

    @Test
    void russianCountsTakeEachPluralFormAndCorrectionsTheirOwn() {
        Map<Integer, String> items = Map.of(1, "1 новый материал", 2, "2 новых материала", 5, "5 новых материалов",
                21, "21 новый материал");
        items.forEach((n, words) -> assertTrue(render(Language.RU, entries(n, 0)).contains("\n" + words
                + " с последней сводки.\n"), n + ": " + render(Language.RU, entries(n, 0))));
        Map<Integer, String> corrections = Map.of(1, "1 исправление", 2, "2 исправления", 5, "5 исправлений",
                21, "21 исправление");
        corrections.forEach((n, words) -> assertTrue(render(Language.RU, entries(2, n)).contains(
                "2 новых материала, " + words + " с последней сводки."), n + " corrections"));
    }

    @Test
    void russianDigestIsDatedAndFramedInRussianWithTheTitlesAsCuratedAndTheEnglishSaidOnce() {
        List<DigestQueries.Entry> entries = List.of(event(5, "Fifth", "Border"), event(2, "Second", null),
                correction(1));

        String html = render(Language.RU, entries);

        assertTrue(html.startsWith("<b>Ежедневная сводка</b> · 6 января 2031 г.\n"), html);
        assertTrue(html.contains("• 5 января 2031 г. · Fifth · <a href=\"https://example.org/5\">Example</a>"), html);
        assertTrue(html.contains("• <i>Исправление:</i> 1 января 2031 г. · Fixed · <code>c-1</code>"), html);
        assertTrue(html.contains("<b>" + Messages.of(Language.RU).get("digest.topic.other") + "</b>"), html);
        assertEquals(1, html.split(java.util.regex.Pattern.quote(
                Messages.of(Language.RU).get("notify.english_notice")), -1).length - 1, html);
        assertTrue(String.join("", DigestRenderer.render(DigestSchedule.Mode.WEEKLY, TODAY, entries, Language.RU))
                .startsWith("<b>Еженедельная сводка</b>"));
    }

    @Test
    void armenianCountsAndDatesAreArmenian() {
        String one = render(Language.HY, entries(1, 0));
        String five = render(Language.HY, entries(5, 1));

        assertTrue(one.startsWith("<b>Ամենօրյա ամփոփում</b> · 6 հունվարի 2031 թ.\n"), one);
        assertTrue(one.contains("1 նոր նյութ վերջին ամփոփումից ի վեր։"), one);
        assertTrue(five.contains("5 նոր նյութ, 1 ուղղում վերջին ամփոփումից ի վեր։"), five);
        assertTrue(one.contains("• " + Messages.of(Language.HY).day(LocalDate.of(2031, 1, 1)) + " · Item 0"), one);
        assertTrue(one.contains(Messages.of(Language.HY).get("notify.english_notice")), one);
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
        assertTrue(parts.get(0).startsWith("<b>Weekly digest</b> · 1 February 2031"));
    }
}
