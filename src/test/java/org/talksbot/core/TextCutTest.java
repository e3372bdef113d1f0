package org.talksbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCutTest {

    private static final String MIXED = "Peace 🕊️ talks: 👨‍👩‍👧 Ереван Երևան Bakı 🇦🇲🇦🇿 𝄞 done";

    /** No half of a surrogate pair without its other half. */
    static void assertWholeCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)), "lone high half in " + text);
                i++;
            } else {
                assertTrue(!Character.isLowSurrogate(c), "lone low half in " + text);
            }
        }
    }

    @Test
    void atMostCutsEveryLengthOnACodePointAndLosesAtMostOneUnit() {
        for (int max = 0; max <= MIXED.length() + 1; max++) {
            String cut = TextCut.atMost(MIXED, max);
            assertTrue(MIXED.startsWith(cut));
            assertTrue(cut.length() <= max && cut.length() >= Math.min(max, MIXED.length()) - 1, max + ": " + cut);
            assertWholeCharacters(cut);
        }
    }

    @Test
    void anEchoOfSixtyUnitsDropsAnEmojiThatWouldBeCutInTwo() {
        String typed = "x".repeat(59) + "😀😀";
        assertEquals("x".repeat(59) + "…", TextCut.withEllipsis(typed, 60));
        assertEquals("x".repeat(59) + "😀…", TextCut.withEllipsis(typed, 61));
        assertEquals(typed, TextCut.withEllipsis(typed, 63));
    }

    @Test
    void atWordPrefersTheLastSpaceInTheSecondHalf() {
        assertEquals("one two three", TextCut.atWord("one two three four", 16));
        assertEquals("😀😀😀😀😀", TextCut.atWord("😀😀😀😀😀😀 x", 11), "no space late enough: cut on a code point");
        assertEquals("short", TextCut.atWord("short", 10));
    }
}
