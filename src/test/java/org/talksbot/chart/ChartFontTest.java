package org.talksbot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Font;
import org.junit.jupiter.api.Test;

/** Charts draw with the font shipped in the jar, which has every letter of the three scripts the data uses. */
class ChartFontTest {

    @Test
    void theShippedFontIsDejaVuSansWithItsLicenseBesideIt() {
        assertEquals("DejaVu Sans", ChartFont.plain(12).getFamily(java.util.Locale.ROOT));
        assertNotNull(ChartFont.class.getResource("/fonts/DejaVuSans-LICENSE.txt"));
    }

    @Test
    void theShippedFontDrawsLatinCyrillicAndArmenianLetters() {
        Font font = ChartFont.plain(12);
        String armenian = "Հայաստան Ադրբեջան Լաչին Բերձոր ԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖ աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև";
        String cyrillic = "Армения Азербайджан Лачин Пашинян Алиев АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        String latin = "Azərbaycan Laçın Qarabağ Nagorno-Karabakh – “quotes” …";

        assertEquals(-1, font.canDisplayUpTo(armenian), "Armenian");
        assertEquals(-1, font.canDisplayUpTo(cyrillic), "Cyrillic");
        assertEquals(-1, font.canDisplayUpTo(latin), "Latin");
        assertEquals(-1, ChartFont.bold(17).canDisplayUpTo(armenian + cyrillic + latin), "bold");
    }
}
