package org.talksbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void nestedTagsAreDroppedAndTheirTextKept() {
        assertEquals("2023-03-20 Blinken and Pashinyan speak",
                PlainText.of("<b>2023-03-20</b> <i>Blinken and <u>Pashinyan</u></i> speak"));
    }

    @Test
    void entitiesAreDecodedOnce() {
        assertEquals("Armenia & Azerbaijan <talks> \"peace\" &amp;",
                PlainText.of("Armenia &amp; Azerbaijan &lt;talks&gt; &quot;peace&quot; &amp;amp;"));
        assertEquals("’ é", PlainText.of("&#8217; &#xE9;"));
    }

    @Test
    void aLinkShowsItsLabelAndItsAddress() {
        assertEquals("Asbarez <https://asbarez.com/a?b=1&c=2>",
                PlainText.of("<a href=\"https://asbarez.com/a?b=1&amp;c=2\">Asbarez</a>"));
        assertEquals("https://example.org", PlainText.of("<a href=\"https://example.org\">https://example.org</a>"));
    }

    @Test
    void aBreakTagBecomesANewLine() {
        assertEquals("one\ntwo\nthree", PlainText.of("one<br>two<br/>three"));
    }

    @Test
    void textWithoutMarkupIsUnchangedAndNullIsEmpty() {
        assertEquals("a < b is false", PlainText.of("a < b is false"));
        assertEquals("", PlainText.of(null));
    }
}
