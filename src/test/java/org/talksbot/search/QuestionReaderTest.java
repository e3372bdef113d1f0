package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksbot.store.Person;

class QuestionReaderTest {

    private static Vocabulary vocabulary;
    private final QuestionReader reader = new QuestionReader(FixtureStore.CLOCK);

    @BeforeAll
    static void loadStore() {
        vocabulary = new ItemIndex(FixtureStore.load()).snapshot().vocabulary();
    }

    private Question read(String text) {
        return reader.read(text, vocabulary);
    }

    private static List<String> people(Question question) {
        return question.people().stream().map(Person::id).toList();
    }

    @Test
    void recognisesASurnameAloneInAnyCase() {
        assertEquals(List.of("anna-fixture"), people(read("what did FIXTURE say?")));
    }

    @Test
    void recognisesAMisspeltSurname() {
        assertEquals(List.of("boris-example"), people(read("what did exampel say")));
    }

    @Test
    void readsSaidAsAQuestionAboutQuotes() {
        assertEquals(Question.Intent.SAID, read("What did Anna Fixture say about the treaty?").intent());
    }

    @Test
    void recognisesTopicAndPlaceAliasesWhateverTheSpelling() {
        Question question = read("news from Laçın");
        assertEquals(List.of("lachin"), question.places().stream().map(Place::id).toList());
        assertEquals(List.of("lachin-corridor"), question.topics().stream().map(t -> t.id()).toList());
        assertEquals(List.of("stepanakert"), read("khankendi").places().stream().map(Place::id).toList());
    }

    @Test
    void readsAYearAMonthAndADay() {
        assertEquals(LocalDate.of(2023, 1, 1), read("events in 2023").period().from());
        Question.Period month = read("February 2023").period();
        assertEquals(LocalDate.of(2023, 2, 1), month.from());
        assertEquals(LocalDate.of(2023, 2, 28), month.to());
        Question.Period day = read("what happened on 18 February 2023?").period();
        assertEquals(LocalDate.of(2023, 2, 18), day.from());
        assertEquals(LocalDate.of(2023, 2, 18), read("2023-02-18").period().to());
    }

    @Test
    void readsLastYearFromTheClock() {
        Question.Period period = read("what did fixture say last year").period();
        assertEquals(LocalDate.of(2024, 1, 1), period.from());
        assertEquals(LocalDate.of(2024, 12, 31), period.to());
    }

    @Test
    void readsSinceAndBefore() {
        assertEquals(LocalDate.of(2023, 1, 1), read("treaty since 2023").period().from());
        assertEquals(LocalDate.of(2021, 12, 31), read("treaty before 2022").period().to());
    }

    @Test
    void mayIsAMonthOnlyWhenItReadsAsOne() {
        assertNull(read("may I ask about the treaty").period());
        assertEquals(5, read("what happened in may").period().monthOfYear());
    }

    @Test
    void keepsTheWordsThatNameNothingForTheTextSearch() {
        Question question = read("When did Anna Fixture visit the bridge?");
        assertEquals(List.of("visit", "bridge"), question.otherWords());
        assertTrue(question.recognisedAnything());
    }

    @Test
    void aGreetingNamesNothing() {
        Question question = read("hi there!");
        assertTrue(!question.recognisedAnything() && question.otherWords().isEmpty());
    }
}
