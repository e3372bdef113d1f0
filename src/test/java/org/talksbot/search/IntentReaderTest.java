package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntentReaderTest {

    private static final Set<Vocabulary.Name> A_PERSON =
            Set.of(new Vocabulary.Name(Vocabulary.Name.Type.PERSON, "anna-fixture"));

    @Test
    void whoIsAPersonAsksWhoTheyAre() {
        assertEquals(Question.Intent.WHO_IS, IntentReader.intent(List.of("who", "is", "anna", "fixture"), A_PERSON));
        assertEquals(Question.Intent.WHO_IS, IntentReader.intent(List.of("fixture", "role"), A_PERSON));
        assertEquals(Question.Intent.ANY, IntentReader.intent(List.of("who", "is", "anna", "fixture"), Set.of()));
    }

    @Test
    void aVerbOfSayingOutweighsWhoIs() {
        assertEquals(Question.Intent.SAID,
                IntentReader.intent(List.of("who", "is", "fixture", "and", "what", "did", "she", "say"), A_PERSON));
    }

    @Test
    void whatYearAsksWhenAndWhereAsksWhere() {
        assertEquals(Question.Intent.WHEN, IntentReader.intent(List.of("what", "year", "was", "it"), Set.of()));
        assertEquals(Question.Intent.WHEN, IntentReader.intent(List.of("when", "was", "it"), Set.of()));
        assertEquals(Question.Intent.WHERE, IntentReader.intent(List.of("where", "was", "it"), Set.of()));
        assertEquals(Question.Intent.ANY, IntentReader.intent(List.of("what", "was", "it"), Set.of()));
    }

    @Test
    void eventsOrQuotesAloneNarrowTheKindWanted() {
        assertEquals(Question.Only.QUOTES, IntentReader.only(List.of("quotes", "on", "trade")));
        assertEquals(Question.Only.EVENTS, IntentReader.only(List.of("trade", "events")));
        assertEquals(Question.Only.ANY, IntentReader.only(List.of("events", "and", "quotes")));
        assertEquals(Question.Only.ANY, IntentReader.only(List.of("trade")));
    }
}
