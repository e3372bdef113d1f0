package org.talksbot.ask;

import org.talksbot.core.EditDistance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.store.Alias;

class NamesTest {

    private final Names people = new Names(List.of(
            new Alias("antony-blinken", "Antony Blinken"), new Alias("antony-blinken", "blinken"),
            new Alias("ilham-aliyev", "Ilham Aliyev"), new Alias("heydar-aliyev", "Heydar Aliyev"),
            new Alias("josep-borrell", "Josep Borrell Fontelles")), true);

    @Test
    void editDistanceCountsASwapOfNeighboursAsOne() {
        assertEquals(1, EditDistance.between("aliyev", "aliyve"));
        assertEquals(1, EditDistance.between("blinken", "blinkn"));
        assertEquals(3, EditDistance.between("", "abc"));
    }

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertEquals("antony blinken", Names.normalize("  ANTONY—Blínken!! "));
        assertEquals("antony-blinken", people.find("antony   BLINKEN").id());
    }

    @Test
    void aNameWithItsWordsInAnotherOrderIsFound() {
        assertEquals("antony-blinken", people.find("Blinken, Antony").id());
        assertEquals("antony-blinken", people.exactId("blinken antony"));
    }

    @Test
    void theSurnameAloneFindsAPerson() {
        assertEquals("josep-borrell", people.find("fontelles").id());
    }

    @Test
    void aSharedSurnameOffersEveryoneWithIt() {
        Names.Match match = people.find("aliyev");
        assertFalse(match.found());
        assertEquals(List.of("ilham-aliyev", "heydar-aliyev"), match.suggestions());
        assertNull(people.exactId("aliyev"));
    }

    @Test
    void shortWordsAreNotGuessed() {
        assertTrue(people.find("bli").suggestions().isEmpty());
    }

    @Test
    void misspellingsSuggestTheClosestFirst() {
        assertEquals(List.of("antony-blinken"), people.find("blinkn").suggestions());
        assertTrue(people.find("zelensky").suggestions().isEmpty());
    }
}
