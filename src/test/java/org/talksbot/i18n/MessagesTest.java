package org.talksbot.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages RU = Messages.of(Language.RU);

    @Test
    void aTextWithoutArgumentsReadsTheSameEveryTimeWithItsQuotesResolved() {
        String first = EN.get("chart.data");
        assertTrue(first.contains("bot's") && !first.contains("''"), first);
        assertEquals(first, EN.get("chart.data"));
        assertEquals(RU.get("search.order.best"), RU.get("search.order.best"));
        assertNotEquals(EN.get("search.order.best"), RU.get("search.order.best"));
    }

    @Test
    void aTextThatNeedsArgumentsStillRefusesToGoWithoutThemAfterItWasWritten() {
        assertEquals("Source: x", EN.get("common.source", "link", "x"));
        assertThrows(IllegalArgumentException.class, () -> EN.get("common.source"));
        assertThrows(IllegalArgumentException.class, () -> EN.get("common.source"));
        assertThrows(IllegalArgumentException.class, () -> EN.get("no.such.key"));
        assertThrows(IllegalArgumentException.class, () -> EN.get("no.such.key"));
    }

    @Test
    void aDateIsWrittenTheSameEveryTimeInEachLanguage() {
        LocalDate day = LocalDate.of(2023, 3, 20);
        for (int i = 0; i < 2; i++) {
            assertEquals("20 March 2023", EN.day(day));
            assertEquals("March 2023", EN.month(day));
            assertEquals("2023", EN.year(2023));
            assertEquals("20 марта 2023 г.", RU.day(day));
        }
    }
}
