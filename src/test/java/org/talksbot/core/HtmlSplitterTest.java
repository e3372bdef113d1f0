package org.talksbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlSplitterTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^<>]*>");

    /** Every tag is whole and closed within the part, in nesting order. */
    private static void assertBalanced(String part) {
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        Matcher m = TAG.matcher(part);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                open.push(m.group(2));
            } else {
                assertEquals(open.pop(), m.group(2), part);
            }
        }
        assertTrue(open.isEmpty(), "unclosed tags in: " + part);
        assertEquals(-1, TAG.matcher(part).replaceAll("").indexOf('<'), "broken tag in: " + part);
        assertEquals(-1, TAG.matcher(part).replaceAll("").indexOf('>'), "broken tag in: " + part);
    }

    private static String text(List<String> parts) {
        return TAG.matcher(String.join("", parts)).replaceAll("").replaceAll("\\s+", "");
    }

    @Test
    void shortTextIsOnePart() {
        assertEquals(List.of("<b>hi</b>"), HtmlSplitter.split("<b>hi</b>", 4096));
    }

    @Test
    void partsStayWithinTheLimitAndKeepAllText() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            html.append("<b>Line ").append(i).append("</b> &amp; <a href=\"https://x.org/").append(i)
                    .append("\">link</a>\n");
        }
        List<String> parts = HtmlSplitter.split(html.toString(), 4096);
        assertTrue(parts.size() > 1);
        for (String part : parts) {
            assertTrue(part.length() <= 4096);
            assertBalanced(part);
        }
        assertEquals(text(List.of(html.toString())), text(parts));
    }

    @Test
    void aTagOpenAcrossTheCutIsClosedAndReopened() {
        String html = "<b>" + "bold line\n".repeat(1000) + "</b>";
        List<String> parts = HtmlSplitter.split(html, 4096);
        assertTrue(parts.size() > 1);
        for (String part : parts) {
            assertTrue(part.startsWith("<b>") && part.endsWith("</b>"), part.substring(0, 10));
            assertBalanced(part);
        }
    }

    @Test
    void aSingleHugeLineIsCutBetweenWordsWithoutBreakingEntities() {
        String html = "word &amp; ".repeat(1000);
        assertTrue(html.length() >= 10_000);
        List<String> parts = HtmlSplitter.split(html, 4096);
        assertTrue(parts.size() >= 3);
        for (String part : parts) {
            assertTrue(part.length() <= 4096);
            assertTrue(part.matches("(word &amp; ?|word ?)*(word|&amp;)?"), "cut inside an entity: " + part);
        }
    }

    @Test
    void aHugeLineWithoutSpacesIsStillCut() {
        String html = "<i>" + "x".repeat(10_000) + "</i>";
        List<String> parts = HtmlSplitter.split(html, 4096);
        for (String part : parts) {
            assertTrue(part.length() <= 4096);
            assertBalanced(part);
        }
        assertEquals(10_000, text(parts).length());
    }
}
