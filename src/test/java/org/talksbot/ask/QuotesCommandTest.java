package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;
import static org.talksbot.ask.Answers.more;

import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;

class QuotesCommandTest {

    private static int cards(String html) {
        return html.split("Source: ", -1).length - 1;
    }

    @Test
    void quotesOfAPersonComeNewestFirstAndPage() {
        Reply first = ask("/quotes pashinyan");
        assertTrue(first.html().startsWith("<b>Quotes by Nikol Pashinyan</b>"));
        assertEquals(5, cards(first.html()));
        assertTrue(first.html().indexOf("Statement number 6") < first.html().indexOf("Statement number 2"));
        assertEquals("/quotes nikol-pashinyan @5", more(first));
        Reply second = ask(more(first));
        assertEquals(1, cards(second.html()));
        assertTrue(second.html().contains("Statement number 1 on the Lachin corridor."));
        assertNull(more(second));
    }

    @Test
    void aPersonAndAMultiWordTopicAliasNarrowTheQuotes() {
        String html = ask("/quotes blinken lachin corridor").html();
        assertTrue(html.startsWith("<b>Quotes by Antony Blinken on Lachin corridor</b>"), html);
        assertEquals(1, cards(html));
        assertTrue(html.contains("“Peace is within reach &lt;b&gt;now&lt;/b&gt; &amp; we must seize it.”"));
    }

    @Test
    void quotesAloneShowTheNewest() {
        String html = ask("/quotes").html();
        assertTrue(html.indexOf("Peace is within reach") < html.indexOf("Statement number 6"));
    }

    @Test
    void aWordNotUnderstoodIsNamed() {
        assertTrue(ask("/quotes blinken <weather>").html()
                .startsWith("I did not understand “weather”: it is neither a person nor a topic I know."));
    }

    @Test
    void twoPeopleAreTooMany() {
        assertTrue(ask("/quotes blinken pashinyan").html().startsWith("Please name at most one person and one topic"));
    }

    @Test
    void nobodyQuotedSaysSo() {
        assertEquals("No quotes by Ilham Aliyev in the store yet. Try /quotes alone, /who or /topics.",
                ask("/quotes aliyev").html());
    }

    @Test
    void quotesInRussianAndArmenianNameThePersonAndTopicInTheFrameAndKeepTheWordsVerbatim() {
        org.talksbot.i18n.Language ru = org.talksbot.i18n.Language.RU;
        org.talksbot.i18n.Language hy = org.talksbot.i18n.Language.HY;
        String russian = ask("/quotes blinken lachin", ru).html();
        assertTrue(russian.startsWith("<b>Цитаты: Antony Blinken, тема «Lachin corridor»</b>\n\n10 июля 2023 г. · "), russian);
        assertTrue(russian.contains("“Peace is within reach &lt;b&gt;now&lt;/b&gt; &amp; we must seize it.”"), russian);
        assertEquals("В хранилище пока нет цитат (Ilham Aliyev). Попробуйте просто /quotes, /who или /topics.",
                ask("/quotes aliyev", ru).html());
        assertTrue(ask("/quotes lachin", hy).html().startsWith("<b>Մեջբերումներ «Lachin corridor» թեմայով</b>"));
        assertTrue(ask("/quotes blinken pashinyan", hy).html().startsWith("Նշեք առավելագույնը մեկ անձ և մեկ թեմա"));
    }
}
