package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fake Bot API refuses the HTML Telegram refuses, so adapter tests catch escaping slips. */
class FakeHtmlTest {

    @Test
    void acceptsTelegramTagsAndEntities() {
        assertEquals(Optional.empty(), FakeHtml.problem(
                "2023 · <b>Talks</b> &lt;&amp;&gt;&quot;&#8212;\n<a href=\"https://x.org/?a=1&amp;b=2\">X</a> <i>ok</i>"));
    }

    @Test
    void refusesUnknownTagsBareSymbolsAndBadNesting() {
        for (String bad : new String[] {"<script>x</script>", "a < b", "a & b", "a > b", "<b><i>x</b></i>",
                "<b>open", "x</b>", "&nbsp;"}) {
            assertTrue(FakeHtml.problem(bad).isPresent(), bad);
        }
    }
}
