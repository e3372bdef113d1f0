package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranslatedNumbersTest {

    @Test
    void thousandsGroupedAsEachLanguageGroupsThemReadAsOneNumber() {
        assertEquals(List.of("2", "29800", "86600"),
                TranslatedNumbers.numbers("Brussels meeting confirms 29,800 and 86,600 km2 framework"));
        assertEquals(List.of("2", "29800", "86600"),
                TranslatedNumbers.numbers("Встреча в Брюсселе подтверждает рамки: 29 800 и 86 600 км2"));
        assertEquals(List.of("100000"), TranslatedNumbers.numbers("Ղարաբաղից հեռացել է ավելի քան 100\u00a0000 մարդ"));
    }

    @Test
    void aYearNextToACountStaysTwoNumbers() {
        assertEquals(List.of("15", "2021"), TranslatedNumbers.numbers("в 2021 году 15 задержанных"));
        assertEquals(List.of("100", "2023"), TranslatedNumbers.numbers("2023 100"));
        assertEquals(List.of("29", "44"), TranslatedNumbers.numbers("44-дневная война, COP29"));
    }
}
