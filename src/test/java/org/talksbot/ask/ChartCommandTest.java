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
        assertTrue(photo("/chart 2022").caption().contains("per month, 2022-01 – 2022-12"));
        // the store's first item is from May 2021 and its newest (a quote) from July 2023
        assertTrue(photo("/chart 2021 2023").caption().contains("per month, 2021-05 – 2023-07"));
    }

    @Test
    void tooLittleToDrawIsSaidInWordsWithWhatTheStoreCovers() {
        String lachin2023 = text("/chart lachin 2023");
        assertTrue(lachin2023.contains("too few events on Lachin corridor in 2023"), lachin2023);
        String before = text("/chart 1999");
        assertTrue(before.contains("too few events in 1999") && before.contains("The store covers 2021-05 to 2023-06"),
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
    void badDatesAndUnknownNamesAreExplained() {
        assertTrue(text("/chart 2024 2022").contains("must not be after"));
        assertTrue(text("/chart 2022-13").contains("could not read"));
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
