package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.store.Database;

/** Mistakes in curated files that YAML would read silently or slowly: each is rejected with file, line, item and field. */
class CuratedFileMistakesTest {

    private static final String ROUND = "2023-05-washington-round";

    @TempDir
    Path dir;

    private final Jdbi jdbi = Database.inMemory("curated-mistakes-" + UUID.randomUUID());

    @BeforeEach
    void validFixture() {
        Fixtures.curatedFolder(dir);
    }

    @Test
    void anAliasIsRejectedRatherThanReadAsItsAnchorsName() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS
                .replace("title: Blinken and Pashinyan speak by phone", "title: &t Blinken and Pashinyan speak by phone")
                .replace("title: Talks in Washington", "title: *t"));

        assertEquals(List.of(
                at("events/2023.yaml", 4) + ": event 2023-03-20-blinken-pashinyan-call: field 'title': YAML anchor '&t' "
                        + "is not allowed: curated text is plain, remove it",
                at("events/2023.yaml", 16) + ": event " + ROUND + ": field 'title': YAML alias '*t' is not allowed: "
                        + "curated text is plain, write the value out in full"), message.lines().toList());
    }

    @Test
    void anAnchorOnAListIsRejectedToo() {
        String message = rejected("quotes/2023.yaml", Fixtures.QUOTES.replace("topics: [mediation-us]",
                "topics: &shared [mediation-us]"));

        assertEquals(at("quotes/2023.yaml", 9) + ": quote q-2023-03-20-blinken-diplomacy: field 'topics': "
                + "YAML anchor '&shared' is not allowed: curated text is plain, remove it", message);
    }

    @Test
    void aVeryLongLineIsRejectedBeforeParsing() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("summary: The ministers met in Washington.",
                "summary: \"" + "x".repeat(8 * 1024 * 1024) + "\""));

        assertEquals(at("events/2023.yaml", 17) + ": event " + ROUND + ": field 'summary': longer than " + RawText.MAX_LINE
                + " characters: no field needs that; check for pasted data or a missing line break", message);
    }

    @Test
    void aFileTooLargeForCuratedDataIsRejectedWithoutParsing() {
        String item = "  - {id: e-%d, date: \"2023-01-01\", title: T, summary: S, people: [], topics: [mediation-us], "
                + "sources: [{url: \"https://example.org\", name: E}]}\n";
        StringBuilder big = new StringBuilder("events:\n");
        for (int i = 0; big.length() <= RawText.MAX_FILE_CHARS; i++) {
            big.append(item.formatted(i));
        }
        String message = rejected("events/2022.yaml", big.toString());

        assertEquals(file("events/2022.yaml") + ": " + big.length() + " characters, at most " + RawText.MAX_FILE_CHARS
                + ": split the data into several files", message);
    }

    @Test
    void aFieldLongerThanItsLimitNamesTheItemAndField() {
        String message = rejected("quotes/2023.yaml", Fixtures.QUOTES.replace("context: Tweet after the call",
                "context: >-\n" + "      word word word word\n".repeat(500)));

        assertEquals(at("quotes/2023.yaml", 7) + ": quote q-2023-03-20-blinken-diplomacy: field 'context': too long: "
                + "9999 characters, at most 2000", message);
    }

    @Test
    void aRawControlCharacterIsRejectedWithItsLineAndColumn() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("Talks in Washington", "Talks in\u0007 Washington"));

        assertEquals(file("events/2023.yaml") + ": line 16, column 20: event " + ROUND + ": field 'title': "
                + "control character U+0007 is not allowed: "
                + "curated text is plain (indent with spaces, remove invisible characters)", message);
    }

    @Test
    void aTabIsRejectedWithItsLine() {
        String message = rejected("people.yaml", Fixtures.REFERENCE.replace("  - {id: nikol-pashinyan", "\t- {id: nikol-pashinyan"));

        assertTrue(message.startsWith(file("people.yaml") + ": line 4, column 1: person nikol-pashinyan: field 'id': "
                + "a tab character is not allowed"), message);
    }

    @Test
    void anEscapedControlCharacterNamesTheItemAndField() {
        String message = rejected("quotes/2023.yaml", Fixtures.QUOTES.replace("\"Diplomacy is the only way to peace.\"",
                "\"Diplomacy is the only\\x1b[31m way to peace.\""));

        assertEquals(at("quotes/2023.yaml", 6) + ": quote q-2023-03-20-blinken-diplomacy: field 'text': contains "
                + "control character U+001B (written as an escape?): curated text is plain", message);
    }

    @Test
    void quoteAndEveryOtherBuiltInCommandIsReservedForTopics() {
        String message = rejected("people.yaml", Fixtures.REFERENCE.replace("command: lachin", "command: quote"));
        assertEquals(at("people.yaml", 7) + ": topic lachin-corridor: field 'command': 'quote' is already one of the "
                + "bot's own commands", message);

        for (String builtIn : org.talksbot.core.BuiltInCommands.NAMES) {
            Fixtures.write(dir, "people.yaml", Fixtures.REFERENCE.replace("command: lachin", "command: " + builtIn));

            List<String> problems = DataCheck.run(dir, java.time.LocalDate.of(2026, 4, 1));
            assertTrue(problems.contains(at("people.yaml", 7) + ": topic lachin-corridor: field 'command': '" + builtIn
                    + "' is already one of the bot's own commands"), String.join("\n", problems));
        }
    }

    @Test
    void aSymlinkedFolderIsFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-elsewhere"));
        Fixtures.write(elsewhere, "2024.yaml", """
                events:
                  - {id: 2024-01-01-linked, date: "2024-01-01", title: Linked, summary: S, people: [],
                     topics: [mediation-us], sources: [{url: "https://example.org/l", name: E}]}
                """);
        Files.createSymbolicLink(dir.resolve("linked"), elsewhere);

        ImportReport report = new Curator(jdbi).importPath(dir);

        assertTrue(report.events().added().contains("2024-01-01-linked"), report.describe());
    }

    @Test
    void aBrokenSymlinkIsRejectedClearly() throws IOException {
        Files.createSymbolicLink(dir.resolve("events/2024.yaml"), dir.resolve("nowhere/2024.yaml"));

        String message = rejected();

        assertEquals(file("events/2024.yaml") + ": a symbolic link to " + dir.resolve("nowhere/2024.yaml")
                + ", which does not exist", message);
    }

    @Test
    void aSymlinkLoopIsRejectedClearly() throws IOException {
        Files.createSymbolicLink(dir.resolve("events/loop"), dir);

        String message = rejected();

        assertTrue(message.endsWith("a symbolic link back to a folder that contains it (a loop)"), message);
        assertTrue(message.startsWith(file("events/loop")), message);
    }

    private String rejected(String relative, String yaml) {
        Fixtures.write(dir, relative, yaml);
        return rejected();
    }

    /** Imports the folder, which must fail without writing a row, and checks the data check agrees. */
    private String rejected() {
        CurationException e = assertThrows(CurationException.class, () -> new Curator(jdbi).importPath(dir));
        assertEquals(0, Fixtures.totalRows(jdbi), "nothing is written when a file is broken");
        List<String> checked = DataCheck.run(dir, java.time.LocalDate.of(2026, 4, 1));
        assertTrue(checked.containsAll(e.getMessage().lines().toList()), checked + " vs " + e.getMessage());
        return e.getMessage();
    }

    private String at(String relative, int line) {
        return file(relative) + ": line " + line;
    }

    private String file(String relative) {
        return dir.resolve(relative).toString();
    }
}
