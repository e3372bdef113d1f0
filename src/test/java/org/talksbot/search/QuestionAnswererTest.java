package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.EventDate;
import org.talksbot.store.Precision;

/** The answers to questions, against the real curated data: sourced items, honest ignorance, bad input. */
class QuestionAnswererTest {

    private final QuestionAnswerer answerer = data().answerer();

    CuratedData data() {
        return CuratedData.REAL;
    }
    private static final Pattern CARD_DATE = Pattern.compile("(?m)^(\\d{1,2} )?([A-Z][a-z]+ )?\\d{4} · ");

    private Reply ask(String text) {
        return answerer.answer(Request.privateMessage(7, text));
    }

    @Test
    void answersWithTheUnderstandingLineThenSourcedDatedItems() {
        Reply reply = ask("what did Blinken say about a final agreement?");
        assertTrue(reply.html().startsWith("<i>Quotes by Antony Blinken matching “final agreement”, best match first, "
                + "then newest first among equally good matches:</i>"), reply.html());
        Matcher dates = CARD_DATE.matcher(reply.html());
        int cards = 0;
        while (dates.find()) {
            cards++;
        }
        assertTrue(cards >= 1 && cards <= QuestionAnswerer.SHOWN, "cards: " + cards);
        assertEquals(cards, count(reply.html(), "Source: <a href=\"http"));
    }

    @Test
    void aSaidQuestionAnsweredWithEventsSaysThereAreNoMatchingQuotes() {
        String html = ask("what did Blinken say about the Lachin corridor?").html();
        assertTrue(html.startsWith("<i>No quotes in the store match this. Events with Antony Blinken on Lachin"), html);
    }

    @Test
    void quotesAreShownVerbatim() {
        Reply reply = ask("what did peskov say about the peacekeepers");
        assertTrue(reply.html().contains("“Yes, that's true.”"), reply.html());
    }

    @Test
    void offersTheNearestCommandsAsButtons() {
        List<String> data = ask("What did Blinken say about the Lachin corridor in 2023?").buttons().stream()
                .flatMap(List::stream).map(Button::data).toList();
        assertEquals(List.of("/who Antony Blinken", "/lachin", "/timeline 2023"), data);
    }

    @Test
    void showsBothNamesOfAPlaceSpeltEitherWay() {
        String html = ask("what happened in Khankendi?").html();
        assertTrue(html.contains("Stepanakert (Khankendi, Xankəndi)"), html);
        assertTrue(html.contains("Karabakh leader decrees dissolution of the republic"), html);
    }

    @Test
    void aWhereQuestionShowsThePlaceOfEachEvent() {
        String html = ask("where did Blinken host Aliyev and Pashinyan in 2023?").html();
        assertTrue(html.contains("Blinken hosts Aliyev and Pashinyan in Munich"), html);
        assertTrue(html.contains("Place: Munich, Germany"), html);
    }

    @Test
    void aDayIsReadBackAsOneDay() {
        String day = org.talksbot.i18n.Messages.of(org.talksbot.i18n.Language.EN).day(java.time.LocalDate.of(2023, 2, 18));
        assertEquals("18 February 2023", day);
        String html = ask("what happened on 18 February 2023?").html();
        assertTrue(html.startsWith("<i>Events and quotes on " + day + ", "), html);
    }

    /** A card's date as English writes it at its precision ("20 March 2023", "March 2023", "2023"). */
    private static String english(EventDate date) {
        org.talksbot.i18n.Messages en = org.talksbot.i18n.Messages.of(org.talksbot.i18n.Language.EN);
        return switch (date.precision()) {
            case DAY -> en.day(date.date());
            case MONTH -> en.month(date.date());
            case YEAR -> en.year(date.date().getYear());
        };
    }

    @Test
    void askingForTheLatestAloneGivesTheNewestItems() {
        String newest = data().jdbi().withHandle(h -> h.createQuery("SELECT d, p FROM (SELECT event_date d, "
                + "date_precision p FROM event UNION ALL SELECT quote_date, date_precision FROM quote) ORDER BY d DESC LIMIT 1")
                .map((rs, ctx) -> english(new EventDate(rs.getDate(1).toLocalDate(),
                        Precision.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT))))).one());
        String html = ask("what's the latest news?").html();
        assertTrue(html.startsWith("<i>Latest events and quotes, newest first:</i>\n\n" + newest + " · "),
                newest + "\n" + html);
    }

    @Test
    void theSecondEditionsFactFindingItemsAreAnsweredWithTheirSources() {
        String html = ask("did Armenia ask Russia for a fact-finding mission?").html();
        assertTrue(html.contains("20 March 2023 · <b>Mirzoyan asks Russia to back a fact-finding mission</b>"), html);
        org.talksbot.ask.CommandRouter router = org.talksbot.ask.CommandRouter.create(data().jdbi());
        String event = router.answer(Request.privateMessage(7, "/event 2023-03-20-mirzoyan-lavrov-fact-finding")).html();
        assertTrue(event.contains("https://armenianclub.com/2023/03/27/") && event.contains(
                "It is necessary to employ international mechanisms for the prevention of genocide"), event);
        String who = router.answer(Request.privateMessage(7, "/who mirzoyan")).html();
        assertTrue(who.contains("fact-finding mission to the Lachin Corridor and Nagorno-Karabakh"), who);
    }

    @Test
    void aPersonQuestionGivesTheirRoleFromTheStore() {
        String html = ask("who is Mirzoyan?").html();
        assertTrue(html.startsWith("<b>Ararat Mirzoyan</b> — "), html);
    }

    static List<String> unanswerable() {
        return List.of("what's the weather in Paris", "tell me about Syria",
                "what happened in Ukraine?", "who won the world cup", "you are stupid",
                "what is the capital of France", "Israel Gaza ceasefire", "what did Putin say about Ukraine",
                "when did Biden visit Beijing", "what did Macron say about Brexit", "bitcoin price today",
                "what happened in 2019", "recipe for dolma", "Kosovo Serbia talks", "?",
                "what happened in 1995", "football results");
    }

    @ParameterizedTest
    @MethodSource("unanswerable")
    void saysItDoesNotKnowAndSuggestsWhatItCanAnswer(String question) {
        Reply reply = ask(question);
        assertAll(
                () -> assertTrue(reply.html().contains("I don't know") || reply.html().startsWith("Ask me"),
                        reply.html()),
                () -> assertTrue(reply.html().contains("I can answer questions like:"), reply.html()),
                () -> assertFalse(CARD_DATE.matcher(reply.html()).find(), reply.html()),
                () -> assertTrue(reply.buttons().stream().flatMap(List::stream)
                        .anyMatch(b -> b.data().equals("/help")), "buttons: " + reply.buttons()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi", "Hello!", "ok thanks", "Thank you!", "who are you?", "привет", "Բարև"})
    void greetingsAndThanksGetAKindAnswerAndWhatTheBotDoes(String text) {
        Reply reply = ask(text);
        assertFalse(reply.html().contains("I don't know"), reply.html());
        assertTrue(reply.html().contains("I answer questions about the Armenia–Azerbaijan peace talks"), reply.html());
        assertFalse(CARD_DATE.matcher(reply.html()).find(), reply.html());
    }

    @Test
    void suggestionsAreQuestionsItCanAnswer() {
        Reply reply = ask("what's the weather in Paris");
        List<String> suggested = reply.buttons().stream().flatMap(List::stream).map(Button::data)
                .filter(d -> !d.startsWith("/")).toList();
        assertTrue(suggested.size() >= 2, "suggestions: " + suggested);
        suggested.forEach(q -> assertFalse(ask(q).html().contains("I don't know"), q));
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀😀😀", "🇦🇲🇦🇿", "Ի՞նչ ասաց Բլինքենը Լաչինի մասին", "Что сказал Блинкен о Лачине?",
            "<script>alert(1)</script>", "<b>lachin</b> & <i>", "'; DROP TABLE event; --", "1 OR 1=1",
            "lachin AND (blinken OR *) \"corridor~2\" title:foo^3 \\", "*:*", "~~~ \" \" :::", "+-&&||!(){}[]^\"~*?:\\/",
            "", "   ", "\u0000\u0007\u200b", "2023-99-99", "99999999999999999999"})
    void answersBadInputPolitely(String text) {
        Reply reply = ask(text);
        assertFalse(reply.html().isBlank());
        assertFalse(reply.html().contains("<script>"), reply.html());
        reply.parts().forEach(part -> assertTrue(part.length() <= 4096));
    }

    @Test
    void aHugeMessageIsAnsweredAndTheStoreIsUntouched() {
        String huge = ("what did blinken say about lachin '; DROP TABLE quote; -- <b> AND OR * ~ : ")
                .repeat(60).substring(0, 4096);
        Reply reply = ask(huge);
        assertTrue(reply.html().contains("Antony Blinken") || reply.html().contains("I don't know"));
        assertTrue(ask("what did blinken say about lachin").html().contains("Antony Blinken"));
    }

    @Test
    void aHugeWordIsAnsweredPolitely() {
        assertTrue(ask("x".repeat(5000)).html().contains("I don't know"));
    }

    @Test
    void queryOperatorsAreReadAsWordsNotSyntax() {
        String html = ask("blinken AND lachin").html();
        assertTrue(html.contains("Antony Blinken"), html);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
