package org.talksbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Replies generated at random (seeded): text in several scripts, emoji, entities, nested tags, line breaks,
 * words without spaces and links to very long URLs. Every part must fit, be balanced, keep characters whole
 * and keep every tag as written, and together the parts must say everything the reply said.
 */
class GeneratedRepliesSplitTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot);");
    private static final String[] WORDS = {"talks", "Lachin", "corridor", "Ереван", "Երևան", "Bakı", "peace", "treaty",
        "border", "2023-05-14", "Washington", "«quoted»", "co-operation"};
    private static final String[] EMOJI = {"😀", "🕊️", "🇦🇲", "🇦🇿", "👨‍👩‍👧", "𝄞", "🤝🏽"};
    private static final String[] ENTITIES = {"&amp;", "&lt;", "&gt;", "&quot;"};
    private static final String[] STYLES = {"b", "i", "u", "s", "code", "blockquote"};

    @Test
    void generatedRepliesAreSplitWithinTheLimitBalancedAndWhole() {
        Random random = new Random(20_261_129);
        int split = 0;
        for (int n = 0; n < 400; n++) {
            String html = reply(random, random.nextInt(4) == 0 ? 30_000 : 12_000);
            if (visible(html).isBlank()) {
                continue; // an empty reply is the caller's to avoid
            }
            int limit = n % 3 == 0 ? 100 + random.nextInt(1000) : HtmlSplitter.TELEGRAM_LIMIT;
            List<String> parts = HtmlSplitter.split(html, limit);
            split += parts.size() > 1 ? 1 : 0;
            Set<String> written = tags(html);
            for (String part : parts) {
                String where = "reply " + n + ", limit " + limit + ": ";
                assertTrue(part.length() <= limit, where + part.length());
                assertBalanced(part, where);
                TextCutTest.assertWholeCharacters(part);
                assertTrue(written.containsAll(tags(part)), where + "a tag was changed: " + part);
                assertFalse(visible(part).isBlank(), where + "an empty part");
                assertEquals(-1, ENTITY.matcher(visible(part)).replaceAll("").indexOf('&'), where + "a cut entity: " + part);
            }
            assertEquals(visible(html).replaceAll("\\s+", ""), visible(String.join("", parts)).replaceAll("\\s+", ""),
                    "reply " + n + " lost or changed text");
        }
        assertTrue(split > 200, "most generated replies are long enough to split: " + split);
    }

    @Test
    void aCutInsideALinkToALongUrlStaysWithinTheLimitAndRepeatsTheLink() {
        String link = "<a href=\"https://example.org/" + "x".repeat(900) + "\">";
        String html = "Sources:\n" + link + "the source, ".repeat(600) + "</a>\nend";
        List<String> parts = HtmlSplitter.split(html, HtmlSplitter.TELEGRAM_LIMIT);
        assertTrue(parts.size() > 1);
        for (String part : parts) {
            assertTrue(part.length() <= HtmlSplitter.TELEGRAM_LIMIT, "part of " + part.length());
            assertBalanced(part, "");
            assertTrue(!part.contains("the source") || part.contains(link), "the link is reopened whole");
        }
    }

    @Test
    void aLinkTooLongToRepeatInEveryPartKeepsItsText() {
        String html = "<b>See <a href=\"https://example.org/" + "y".repeat(5_000) + "\">the ruling</a></b>\n"
                + "word ".repeat(1_000);
        List<String> parts = HtmlSplitter.split(html, HtmlSplitter.TELEGRAM_LIMIT);
        assertTrue(parts.get(0).startsWith("<b>See the ruling</b>"), parts.get(0));
        parts.forEach(part -> assertTrue(part.length() <= HtmlSplitter.TELEGRAM_LIMIT));
    }

    @Test
    void aWallOfEmojiIsNeverCutInsideOne() {
        List<String> parts = HtmlSplitter.split("😀".repeat(5_000), HtmlSplitter.TELEGRAM_LIMIT);
        assertEquals(10_000, parts.stream().mapToInt(String::length).sum());
        parts.forEach(TextCutTest::assertWholeCharacters);
    }

    private static String reply(Random random, int maxLength) {
        StringBuilder html = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int length = random.nextInt(maxLength);
        while (html.length() < length) {
            int pick = random.nextInt(100);
            if (pick < 45) {
                html.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            } else if (pick < 55) {
                html.append(EMOJI[random.nextInt(EMOJI.length)]);
            } else if (pick < 60) {
                html.append(ENTITIES[random.nextInt(ENTITIES.length)]);
            } else if (pick < 70) {
                html.append(random.nextBoolean() ? "\n" : "\n\n");
            } else if (pick < 78 && open.size() < 3) {
                String style = STYLES[random.nextInt(STYLES.length)];
                html.append('<').append(style).append('>');
                open.push(style);
            } else if (pick < 88 && !open.isEmpty()) {
                html.append("</").append(open.pop()).append('>');
            } else if (pick < 95 && !open.contains("a")) {
                int urlLength = random.nextInt(10) == 0 ? random.nextInt(6_000) : random.nextInt(300);
                html.append("<a href=\"https://example.org/").append(randomWord(random, urlLength)).append("\">");
                open.push("a");
            } else {
                html.append(randomWord(random, random.nextInt(random.nextInt(10) == 0 ? 5_000 : 40)));
            }
        }
        while (!open.isEmpty()) {
            html.append("</").append(open.pop()).append('>');
        }
        return html.toString();
    }

    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static Set<String> tags(String html) {
        Set<String> tags = new HashSet<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            tags.add(m.group());
        }
        return tags;
    }

    private static String visible(String html) {
        return TAG.matcher(html).replaceAll("");
    }

    private static void assertBalanced(String part, String where) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(part);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                open.push(m.group(2));
            } else {
                assertFalse(open.isEmpty(), where + "a closing tag without its opening one: " + part);
                assertEquals(open.pop(), m.group(2), where + part);
            }
        }
        assertTrue(open.isEmpty(), where + "unclosed tags in: " + part);
        assertEquals(-1, visible(part).indexOf('<'), where + "broken tag in: " + part);
        assertEquals(-1, visible(part).indexOf('>'), where + "broken tag in: " + part);
    }
}
