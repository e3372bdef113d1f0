package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksbot.store.Person;
import org.talksbot.store.Topic;

/** Questions typed in Russian and Armenian read against the real curated names. */
class ForeignQuestionTest {

    private static Vocabulary vocabulary;
    private final QuestionReader reader = new QuestionReader(CuratedData.CLOCK);

    @BeforeAll
    static void loadStore() {
        vocabulary = CuratedData.REAL.index().snapshot().vocabulary();
    }

    private Question read(String text) {
        return reader.read(text, vocabulary);
    }

    private static List<String> people(Question question) {
        return question.people().stream().map(Person::id).toList();
    }

    private static List<String> topics(Question question) {
        return question.topics().stream().map(Topic::id).toList();
    }

    @Test
    void aNameIsFoundInAnyRussianCase() {
        for (String text : List.of("Пашинян", "встреча с Пашиняном", "заявление Пашиняна", "о Пашиняне")) {
            assertEquals(List.of("nikol-pashinyan"), people(read(text)), text);
        }
        assertEquals(List.of("ilham-aliyev"), people(read("встреча с Алиевым")));
        assertEquals(List.of("lachin-corridor"), topics(read("блокада Лачинского коридора")));
        assertEquals(List.of("peace-treaty"), topics(read("о мирном договоре")));
    }

    @Test
    void aNameIsFoundWithArmenianEndingsAndArticles() {
        assertEquals(List.of("nikol-pashinyan"), people(read("Փաշինյանը")));
        assertEquals(List.of("nikol-pashinyan"), people(read("Փաշինյանի հայտարարությունը")));
        assertEquals(List.of("ilham-aliyev"), people(read("Ալիևը")));
        assertEquals(List.of("peace-treaty"), topics(read("խաղաղության պայմանագրի մասին")));
        assertEquals(List.of("lachin-corridor"), topics(read("Լաչինի միջանցքը")));
    }

    @Test
    void theSpeakerNamedAfterTheVerbSpeaks() {
        Question russian = read("что сказал Пашинян о мирном договоре");
        assertEquals(Question.Intent.SAID, russian.intent());
        assertEquals(List.of("nikol-pashinyan"), people(russian));
        assertEquals(List.of("russia"), read("что заявила Россия о мирном договоре").sides());
        assertEquals(List.of("azerbaijan"), read("что заявил МИД Азербайджана в марте 2025").sides());
        Question armenian = read("Ի՞նչ է ասել Փաշինյանը");
        assertEquals(Question.Intent.SAID, armenian.intent());
        assertEquals(List.of("nikol-pashinyan"), people(armenian));
    }

    @Test
    void armenianQuestionMarksInsideAWordDoNotSplitIt() {
        Question question = read("Ո՞վ է Միրզոյանը");
        assertEquals(Question.Intent.WHO_IS, question.intent());
        assertEquals(List.of("ararat-mirzoyan"), people(question));
    }

    @Test
    void monthsYearsAndDaysAreReadInBothLanguages() {
        assertPeriod(read("что случилось в марте 2023"), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31));
        assertPeriod(read("события 18 февраля 2023 г."), LocalDate.of(2023, 2, 18), LocalDate.of(2023, 2, 18));
        assertPeriod(read("в 2023 году"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        assertPeriod(read("2023 թ."), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        assertPeriod(read("2023 թվականին"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        assertPeriod(read("2022 թ. սեպտեմբերի 13-ին"), LocalDate.of(2022, 9, 13), LocalDate.of(2022, 9, 13));
        assertPeriod(read("2023 թվականի սեպտեմբերին"), LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30));
        assertEquals(10, read("что было в октябре").period().monthOfYear());
    }

    @Test
    void relativeWordsAreReadAgainstTheClock() {
        // CuratedData's clock: 1 April 2026
        assertPeriod(read("в прошлом году"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertPeriod(read("անցյալ տարի"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertPeriod(read("что было вчера"), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31));
        assertPeriod(read("ինչ եղավ երեկ"), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31));
        assertTrue(read("последние новости").newestFirst());
        assertTrue(read("վերջին նորությունները").newestFirst());
        assertTrue(read("что сегодня с Лачинским коридором").newestFirst());
    }

    @Test
    void theKindsOfAnswerAreAskedInBothLanguages() {
        assertEquals(Question.Ask.COUNT, read("сколько беженцев").ask());
        assertEquals(Question.Ask.COUNT, read("քանի փախստական").ask());
        assertEquals(Question.Ask.MEDIATORS, read("кто был посредником в 2023 году").ask());
        assertEquals(Question.Ask.MEDIATORS, read("ով է միջնորդել 2024 թվականին").ask());
        assertEquals(Question.Ask.STATUS, read("открыт ли Лачинский коридор?").ask());
        assertEquals(Question.Ask.STATUS, read("բա՞ց է Լաչինի միջանցքը").ask());
        assertEquals(Question.Intent.WHEN, read("когда началась блокада").intent());
        assertEquals(Question.Intent.WHERE, read("որտեղ է նախաստորագրվել պայմանագիրը").intent());
    }

    @Test
    void anEnglishQuestionIsReadAsBefore() {
        Question question = read("what did Pashinyan say about the peace treaty in 2023");
        assertEquals("what did Pashinyan say about the peace treaty in 2023", question.text());
        assertEquals(List.of("nikol-pashinyan"), people(question));
        assertNull(read("what did Pashinyan say").period());
    }

    private static void assertPeriod(Question question, LocalDate from, LocalDate to) {
        assertEquals(from, question.period() == null ? null : question.period().from(), question.text());
        assertEquals(to, question.period().to(), question.text());
    }
}
