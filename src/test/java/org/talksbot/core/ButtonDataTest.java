package org.talksbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class ButtonDataTest {

    /** {@code count} bytes of {@code /who } followed by the two-byte letter, padded with one ASCII byte if odd. */
    private static String whoLine(char twoByteLetter, int count) {
        int room = count - "/who ".length();
        return "/who " + String.valueOf(twoByteLetter).repeat(room / 2) + "x".repeat(room % 2);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static ToIntFunction<String> startingWithIn(List<String> ids) {
        return prefix -> (int) ids.stream().filter(id -> id.startsWith(prefix)).count();
    }

    @Test
    void asciiDataFitsUpToSixtyFourBytes() {
        assertTrue(ButtonData.fits("/" + "a".repeat(62)));
        assertTrue(ButtonData.fits("/" + "a".repeat(63)));
        assertFalse(ButtonData.fits("/" + "a".repeat(64)));
    }

    @Test
    void cyrillicAndArmenianDataCountBytesNotCharacters() {
        for (char letter : new char[] {'ж', 'ա'}) {
            String at63 = whoLine(letter, 63);
            String at64 = whoLine(letter, 64);
            String at65 = whoLine(letter, 65);
            assertEquals(List.of(63, 64, 65), List.of(bytes(at63), bytes(at64), bytes(at65)));
            assertTrue(at65.length() < 64, "fewer than 64 characters, yet too many bytes");
            assertTrue(ButtonData.fits(at63));
            assertTrue(ButtonData.fits(at64));
            assertFalse(ButtonData.fits(at65));
        }
    }

    @Test
    void emptyOrMissingDataNeverFits() {
        assertFalse(ButtonData.fits(""));
        assertFalse(ButtonData.fits(null));
    }

    @Test
    void aCommandLineIsTheCommandAndItsNonBlankArgumentsOneSpaceApart() {
        assertEquals(Optional.of("/chart lachin 2022 2024"), ButtonData.of("/chart", "lachin", "2022 2024"));
        assertEquals(Optional.of("/timeline @5"), ButtonData.of("/timeline ", "", "@5"));
        assertEquals(Optional.of("/who"), ButtonData.of("/who", (String) null));
    }

    @Test
    void aCommandLineThatWouldNotFitIsLeftOut() {
        String id = "a".repeat(64 - "/who ".length());
        assertEquals(Optional.of("/who " + id), ButtonData.of("/who", id));
        assertEquals(Optional.empty(), ButtonData.of("/who", id + "a"));
        assertEquals(Optional.empty(), ButtonData.of("/who", "ա".repeat(30)), "65 bytes in 35 characters");
    }

    @Test
    void anIdThatFitsIsSentWholeWithoutAskingTheStore() {
        ToIntFunction<String> store = prefix -> {
            throw new AssertionError("no lookup for an id that fits");
        };
        assertEquals(Optional.of("/event 2023-03-20-talks"), ButtonData.ofId("/event", "2023-03-20-talks", store));
    }

    @Test
    void aLongIdIsCutToTheLongestUniquePrefixThatFitsWithAStar() {
        String id = "2023-03-20-a-very-long-event-identifier-that-does-not-fit-in-a-telegram-button";
        String data = ButtonData.ofId("/event", id, startingWithIn(List.of(id, "2023-03-20-other"))).orElseThrow();

        assertEquals(64, bytes(data));
        assertTrue(data.startsWith("/event ") && data.endsWith("*"), data);
        String prefix = data.substring("/event ".length(), data.length() - 1);
        assertTrue(id.startsWith(prefix), data);
        assertEquals(Optional.of(prefix), ButtonData.prefixIn(data.substring("/event ".length())));
    }

    @Test
    void aLongIdWhosePrefixAnotherIdSharesGetsNoData() {
        String id = "2023-03-20-a-very-long-event-identifier-that-does-not-fit-in-a-telegram-button";
        String twin = id.replace("button", "message");
        assertEquals(Optional.empty(), ButtonData.ofId("/event", id, startingWithIn(List.of(id, twin))));
    }

    @Test
    void aLongMultiByteIdIsCutBetweenCharactersWithinSixtyFourBytes() {
        // "/quote " and "*" leave 56 bytes: 27 two-byte letters take 54, and the four-byte emoji does not fit
        String id = "ժ".repeat(27) + "😀" + "ժ".repeat(10);
        String data = ButtonData.ofId("/quote", id, startingWithIn(List.of(id))).orElseThrow();

        assertEquals("/quote " + "ժ".repeat(27) + "*", data);
        assertEquals(62, bytes(data));
    }

    @Test
    void aWholeIdIsNotReadAsAPrefix() {
        assertEquals(Optional.empty(), ButtonData.prefixIn("2023-03-20-talks"));
        assertEquals(Optional.of(""), ButtonData.prefixIn("*"));
    }

    @Test
    void aButtonRefusesDataThatDoesNotFit() {
        assertEquals("/who x", new Button("More", "/who x").data());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Button("More", whoLine('ж', 65)));
        assertTrue(refused.getMessage().contains("1-64 bytes"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Button("More", ""));
    }
}
