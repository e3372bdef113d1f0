package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;

import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;
import org.talksbot.i18n.Language;
import org.talksbot.store.TestStore;

/** The curators' Russian and Armenian event titles and topic names, wherever an answer shows one; English where none. */
class CuratedTranslationsTest {

    private static final CommandRouter ROUTER = CommandRouter.create(TestStore.standard()
            .eventTitles("2023-07-10-blinken-talks", "Переговоры о <b>Лачине</b> и торговле", null)
            .topicNames("lachin-corridor", "Лачинский коридор", "Լաչինի միջանցք").jdbi());

    @Test
    void aTranslatedTitleIsShownEscapedAndAnUntranslatedOneStaysEnglish() {
        String russian = ask(ROUTER, "/latest 2", Language.RU).html();
        assertTrue(russian.contains("10 июля 2023 г. · <b>Переговоры о &lt;b&gt;Лачине&lt;/b&gt; и торговле</b>"), russian);
        assertTrue(russian.contains("<b>Meeting number 23</b>"), russian);
        String armenian = ask(ROUTER, "/event 2023-07-10-blinken-talks", Language.HY).html();
        assertTrue(armenian.startsWith("10 հուլիսի 2023 թ. · <b>Talks on &lt;b&gt;Lachin&lt;/b&gt; &amp; trade</b>"), armenian);
        assertTrue(armenian.contains("Լաչինի միջանցք (/lachin)"), armenian);
        String english = ask(ROUTER, "/latest 1", Language.EN).html();
        assertTrue(english.contains("<b>Talks on &lt;b&gt;Lachin&lt;/b&gt; &amp; trade</b>"), english);
    }

    @Test
    void aTranslatedTopicNameHeadsItsPageListsMenuAndChart() {
        assertTrue(ask(ROUTER, "/lachin", Language.HY).html().startsWith("<b>Լաչինի միջանցք</b>"));
        assertTrue(ask(ROUTER, "/topics", Language.RU).html().contains("• Лачинский коридор — /lachin"));
        assertTrue(ask(ROUTER, "/help", Language.RU).html().contains("/lachin — Лачинский коридор: события и цитаты"));
        assertTrue(ask(ROUTER, "/quotes lachin", Language.RU).html().startsWith("<b>Цитаты по теме «Лачинский коридор»</b>"));
        // the standard store has too few Lachin items for a picture: the answer in words names the topic
        Reply chart = ask(ROUTER, "/chart lachin", Language.RU);
        assertTrue(chart.html().startsWith("Слишком мало событий по теме «Лачинский коридор»"), chart.html());
        assertTrue(ask(ROUTER, "/lachin", Language.EN).html().startsWith("<b>Lachin corridor</b>"));
    }

    @Test
    void aChartMarksAMilestoneWithItsTranslatedTitle() {
        Reply chart = ask(ROUTER, "/chart", Language.RU);
        assertTrue(chart.html().contains("10 июля 2023 г. Переговоры о &lt;b&gt;Лачине&lt;/b&gt; и торговле"), chart.html());
        Reply english = ask(ROUTER, "/chart", Language.EN);
        assertTrue(english.html().contains("10 July 2023 Talks on &lt;b&gt;Lachin&lt;/b&gt; &amp; trade"), english.html());
    }
}
