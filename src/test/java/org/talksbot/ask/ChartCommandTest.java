package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.chart.ChartFixture;
import org.talksbot.core.Button;
import org.talksbot.core.Photo;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.TestStore;

/** /chart as users type it: names in any form, years and ranges, and polite words when there is nothing to draw. */
class ChartCommandTest {

    private static final TestStore STORE = ChartFixture.store();
    private static final CommandRouter ROUTER = CommandRouter.create(STORE.jdbi());

    @Test
    void chartAloneIsAPhotoOfEveryEventWithACaptionPointingToSources() {
        Photo photo = photo("/chart");

        int events = count("SELECT COUNT(*) FROM event");
        assertTrue(photo.caption().contains(events + " events"), photo.caption());
        assertTrue(photo.caption().contains("/sources"), photo.caption());
        assertTrue(photo.caption().length() <= Photo.MAX_CAPTION);
    }

    @Test
    void aTopicIsFoundByAnyOfItsNamesInAnyScript() {
        assertTrue(photo("/chart lachin").caption().contains("Events on Lachin corridor"));
        assertTrue(photo("/chart Լաչին").caption().contains("Events on Lachin corridor"));
    }

    @Test
    void aPersonIsFoundByAliasAndTheirChartCountsTheirQuotesToo() {
        assertTrue(photo("/chart blinken").caption().contains("Events with Antony Blinken and their quotes"));
        assertTrue(photo("/chart Ильхам Алиев").caption().contains("Ilham Aliyev"));
    }

    @Test
    void aMisspelledNameGetsDidYouMeanWithAChartButton() {
        Reply reply = Answers.ask(ROUTER, "/chart blinkn");

        assertNull(reply.photo());
        assertTrue(reply.html().contains("Did you mean Antony Blinken?"), reply.html());
        assertEquals(List.of(List.of(new Button("Antony Blinken", "/chart antony-blinken"))), reply.buttons());
    }

    @Test
    void aYearOrARangeOfYearsIsChartedPerMonthWithinTheStoresDates() {
        assertTrue(photo("/chart 2022").caption().contains("per month, January 2022 – December 2022"));
        // the store's first item is from May 2021 and its newest (a quote) from July 2023
        assertTrue(photo("/chart 2021 2023").caption().contains("per month, May 2021 – July 2023"));
    }

    @Test
    void tooLittleToDrawIsSaidInWordsWithWhatTheStoreCovers() {
        String lachin2023 = text("/chart lachin 2023");
        assertTrue(lachin2023.contains("too few events on Lachin corridor (2023) to draw"), lachin2023);
        String before = text("/chart 1999");
        assertTrue(before.contains("too few events (1999)") && before.contains("The store covers May 2021 to June 2023"),
                before);
    }

    @Test
    void anEmptyStoreOrOneWithASingleEventAnswersInWords() {
        CommandRouter empty = CommandRouter.create(TestStore.empty().jdbi());
        Reply none = Answers.ask(empty, "/chart");
        assertNull(none.photo());
        assertTrue(none.html().contains("The store has no events yet"), none.html());

        CommandRouter one = CommandRouter.create(TestStore.empty()
                .topic("peace-treaty", "Peace treaty", "treaty", true, "A treaty.", "treaty")
                .event("2022-03-20-treaty", "2022-03-20", "Treaty draft", List.of("peace-treaty")).jdbi());
        Reply single = Answers.ask(one, "/chart treaty");
        assertNull(single.photo());
        assertTrue(single.html().contains("too few events on Peace treaty to draw a chart"), single.html());
    }

    @Test
    void theChartCaptionAndItsWordsAreInTheReadersLanguage() {
        Reply russian = Answers.ask(ROUTER, "/chart lachin", org.talksbot.i18n.Language.RU);
        assertTrue(russian.photo().caption().startsWith("<b>События по теме «Lachin corridor» по месяцам, "),
                russian.photo().caption());
        assertTrue(russian.photo().caption().contains(Answers.messages(org.talksbot.i18n.Language.RU).get("chart.data")));
        assertTrue(russian.html().contains("<b>По группам</b>"), russian.html());
        Reply armenian = Answers.ask(ROUTER, "/chart blinken 2023", org.talksbot.i18n.Language.HY);
        assertTrue(armenian.photo().caption().startsWith("<b>Antony Blinken՝ իրադարձություններ և մեջբերումներ ըստ ամիսների, "),
                armenian.photo().caption());
        assertTrue(armenian.photo().caption().endsWith(Answers.messages(org.talksbot.i18n.Language.HY).get("common.english_notice")));
        String tooFew = Answers.ask(ROUTER, "/chart 1999", org.talksbot.i18n.Language.RU).html();
        assertTrue(tooFew.startsWith("Слишком мало событий (1999 г.), чтобы построить график"), tooFew);
        assertTrue(tooFew.contains("Хранилище охватывает период май 2021 г. – июнь 2023 г."), tooFew);
    }

    @Test
    void badDatesAndUnknownNamesAreExplained() {
        assertTrue(text("/chart 2024 2022").contains("must not be after"));
        assertTrue(text("/chart 2022-13").startsWith("The date 2022-13 does not exist: there is no month 13."));
        assertTrue(text("/chart 2021 2022 2023").contains("could not read"));
        assertTrue(text("/chart nobody at all").contains("I don't know a topic or person called “nobody at all”"));
    }

    @Test
    void topicPagesAndPersonCardsHaveAChartButtonThatOpensTheChart() {
        Reply topic = Answers.ask(ROUTER, "/lachin");
        Reply person = Answers.ask(ROUTER, "/who blinken");

        assertTrue(buttonData(topic).contains("/chart lachin-corridor"), topic.buttons().toString());
        assertTrue(buttonData(person).contains("/chart antony-blinken"), person.buttons().toString());
        Reply pressed = ROUTER.answer(new Request(7, 7, "en", "/chart antony-blinken", Request.ChatType.PRIVATE,
                Request.Origin.BUTTON));
        assertNotNull(pressed.photo());
    }

    private static Photo photo(String text) {
        Reply reply = Answers.ask(ROUTER, text);
        assertNotNull(reply.photo(), "no photo for " + text + ": " + reply.html());
        assertTrue(reply.html().contains("/sources"), "the text alternative: " + reply.html());
        return reply.photo();
    }

    private static String text(String command) {
        Reply reply = Answers.ask(ROUTER, command);
        assertNull(reply.photo(), command);
        return reply.html();
    }

    private static List<String> buttonData(Reply reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Button::data).toList();
    }

    private static int count(String sql) {
        return STORE.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
