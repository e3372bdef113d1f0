package org.talksbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapeReturnsPlainTextUnchanged() {
        String plain = "Pashinyan and Aliyev met in Washington on 8 August 2025 — «мир» («խաղաղություն»)";
        assertSame(plain, Html.escape(plain));
    }

    @Test
    void escapeStillEscapesEveryMarkupCharacterWhereverItStands() {
        assertEquals("&lt;b&gt;", Html.escape("<b>"));
        assertEquals("Tom &amp; Jerry said &quot;no&quot;", Html.escape("Tom & Jerry said \"no\""));
        assertEquals("a &lt; b &gt; c", Html.escape("a < b > c"));
        assertEquals("&amp;", Html.escape("&"));
    }

    @Test
    void escapeOfNothingIsEmpty() {
        assertEquals("", Html.escape(null));
        assertEquals("", Html.escape(""));
    }

    @Test
    void helpersEscapeWhatTheyWrap() {
        assertEquals("<b>A &amp; B</b>", Html.bold("A & B"));
        assertEquals("<a href=\"https://example.org/?a=1&amp;b=2\">x &lt;y&gt;</a>",
                Html.link("x <y>", "https://example.org/?a=1&b=2"));
    }
}
