package org.talksbot.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which language a Telegram code or a typed name means, and dates as each language writes them. */
class LanguageTest {

    @Test
    void telegramCodesChooseRussianAndArmenianAndEverythingElseEnglish() {
        assertEquals(Language.RU, Language.fromTelegram("ru"));
        assertEquals(Language.RU, Language.fromTelegram("ru-RU"));
        assertEquals(Language.HY, Language.fromTelegram("hy"));
        assertEquals(Language.EN, Language.fromTelegram("de"));
        assertEquals(Language.EN, Language.fromTelegram("az"));
        assertEquals(Language.EN, Language.fromTelegram(""));
        assertEquals(Language.EN, Language.fromTelegram(null));
    }

    @Test
    void aLanguageIsFoundByCodeEnglishNameOrItsOwnName() {
        assertEquals(Optional.of(Language.RU), Language.parse("Русский"));
        assertEquals(Optional.of(Language.HY), Language.parse("armenian"));
        assertEquals(Optional.of(Language.HY), Language.parse("ՀԱՅԵՐԵՆ"));
        assertEquals(Optional.of(Language.EN), Language.parse(" EN "));
        assertEquals(Optional.of(Language.EN), Language.parse("Английский"));
        assertEquals(Optional.of(Language.RU), Language.parse("ռուսերեն"));
        assertEquals(Optional.of(Language.HY), Language.parse("армянский"));
        assertEquals(Optional.empty(), Language.parse("ruby"));
        assertEquals(Optional.empty(), Language.parse("klingon"));
    }

    @Test
    void daysAreWrittenTheWayEachLanguageWritesThem() {
        LocalDate call = LocalDate.of(2023, 3, 20);
        assertEquals("20 March 2023", Messages.of(Language.EN).day(call));
        assertEquals("20 марта 2023 г.", Messages.of(Language.RU).day(call));
        assertEquals("20 մարտի 2023 թ.", Messages.of(Language.HY).day(call));
    }

    @Test
    void monthsStandAloneInTheNominative() {
        LocalDate march = LocalDate.of(2023, 3, 1);
        assertEquals("March 2023", Messages.of(Language.EN).month(march));
        assertEquals("март 2023 г.", Messages.of(Language.RU).month(march));
        assertEquals("մարտ 2023 թ.", Messages.of(Language.HY).month(march));
        assertEquals("2023 г.", Messages.of(Language.RU).year(2023));
        assertEquals("2023", Messages.of(Language.EN).year(2023));
    }

    @Test
    void anUnknownKeyIsAProgrammingErrorNamedInTheException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Messages.of(Language.EN).get("ask.no_such_key"));
        assertTrue(e.getMessage().contains("ask.no_such_key"), e.getMessage());
    }
}
