package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.store.Database;

/** Every broken-file case names file, item and field, and leaves the store untouched. */
class CurationErrorsTest {

    private static final String CALL = "2023-03-20-blinken-pashinyan-call";
    private static final String ROUND = "2023-05-washington-round";
    private static final String QUOTE = "q-2023-03-20-blinken-diplomacy";

    @TempDir
    Path dir;

    private final Jdbi jdbi = Database.inMemory("curation-errors-" + UUID.randomUUID());

    @Test
    void yamlSyntaxErrorNamesFileAndLine() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("    title: Talks in Washington",
                "    title: Talks in Washington\n   summary: [broken"));

        assertTrue(message.startsWith(file("events/2023.yaml") + ": line 1"), message);
        assertTrue(message.contains("YAML syntax error"), message);
    }

    @Test
    void misspeltKeyIsAnError() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("    summary: The ministers", "    summry: The ministers"));

        assertTrue(message.startsWith(at("events/2023.yaml", 17) + ": event " + ROUND + ": unknown field 'summry' (allowed: "),
                message);
    }

    @Test
    void misspeltKeyInsideASourceNamesTheField() {
        String message = rejected("quotes/2023.yaml", Fixtures.QUOTES.replace("{url: \"https://asbarez.com/call\"",
                "{link: \"https://asbarez.com/call\""));

        assertTrue(message.startsWith(at("quotes/2023.yaml", 10) + ": quote " + QUOTE + ": field 'source': unknown key 'link'"),
                message);
    }

    @Test
    void listWrittenAsPlainTextIsAnError() {
        String message = rejected("people.yaml", Fixtures.REFERENCE.replace("aliases: [pashinyan]", "aliases: pashinyan"));

        assertEquals(at("people.yaml", 5) + ": person nikol-pashinyan: field 'aliases': expected a list", message);
    }

    @Test
    void aCountryMustBeALowercaseSlug() {
        String message = rejected("people.yaml", Fixtures.REFERENCE.replace("aliases: [pashinyan]",
                "country: Armenia!, aliases: [pashinyan]"));

        assertEquals(file("people.yaml") + ": line 5: person nikol-pashinyan: field 'country': expected a lowercase slug such "
                + "as armenia, united-states or international, got 'Armenia!'", message);
    }

    @Test
    void missingIdIsNamedByPosition() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("  - id: " + ROUND + "\n    date",
                "  - date"));

        assertEquals(at("events/2023.yaml", 14) + ": event #2 (no id): field 'id': missing", message);
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        write("people.yaml", Fixtures.REFERENCE.replace("name: Antony Blinken, ", "")
                .replace("name: Lachin corridor, ", ""));
        write("events/2023.yaml", Fixtures.EVENTS.replace("    date: \"2023-05\"\n", "")
                .replace("    title: Talks in Washington\n", "")
                .replace("    summary: The ministers met in Washington.\n", "")
                .replace("    sources: [{url: \"https://example.org/may\", name: Example}]\n", "")
                .replace("{url: \"http://example.org/call\", name: Example}", "{name: Example}"));
        write("quotes/2023.yaml", Fixtures.QUOTES.replace("    speaker: antony-blinken\n", "")
                .replace("    text: \"Diplomacy is the only way to peace.\"\n", ""));

        List<String> lines = rejectedLines();

        assertEquals(List.of(
                at("people.yaml", 2) + ": person antony-blinken: field 'name': missing",
                at("people.yaml", 7) + ": topic lachin-corridor: field 'name': missing",
                at("events/2023.yaml", 11) + ": event " + CALL + ": field 'sources': url missing",
                at("events/2023.yaml", 14) + ": event " + ROUND + ": field 'date': missing",
                at("events/2023.yaml", 14) + ": event " + ROUND + ": field 'title': missing",
                at("events/2023.yaml", 14) + ": event " + ROUND + ": field 'summary': missing",
                at("events/2023.yaml", 14) + ": event " + ROUND
                        + ": field 'sources': missing: every event needs at least one source {url, name}",
                at("quotes/2023.yaml", 2) + ": quote " + QUOTE + ": field 'speaker': missing",
                at("quotes/2023.yaml", 2) + ": quote " + QUOTE + ": field 'text': missing"), lines);
    }

    @Test
    void impossibleDateIsAnError() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("\"2023-05\"", "\"2023-13-01\""));

        assertEquals(at("events/2023.yaml", 15) + ": event " + ROUND
                + ": field 'date': the date 2023-13-01 does not exist: there is no month 13", message);
    }

    @Test
    void dateMissingFromTheCalendarIsSaidNotToExist() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("\"2023-05\"", "\"2026-02-30\""));

        assertEquals(at("events/2023.yaml", 15) + ": event " + ROUND
                + ": field 'date': the date 2026-02-30 does not exist: February 2026 has 28 days", message);
    }

    @Test
    void linkThatIsNotHttpIsAnError() {
        String message = rejected("quotes/2023.yaml", Fixtures.QUOTES.replace("https://asbarez.com/call", "ftp://asbarez.com/call"));

        assertEquals(at("quotes/2023.yaml", 10) + ": quote " + QUOTE
                + ": field 'source': expected an http(s) url, got 'ftp://asbarez.com/call'", message);
    }

    @Test
    void unknownReferencesAreErrors() {
        write("quotes/2023.yaml", Fixtures.QUOTES.replace("speaker: antony-blinken", "speaker: tony-blinken")
                .replace("event: " + CALL, "event: 2023-03-21-no-such-event")
                .replace("topics: [mediation-us]", "topics: [mediation-usa]"));

        assertEquals(List.of(
                at("quotes/2023.yaml", 4) + ": quote " + QUOTE + ": field 'speaker': unknown person 'tony-blinken'",
                at("quotes/2023.yaml", 8) + ": quote " + QUOTE + ": field 'event': unknown event '2023-03-21-no-such-event'",
                at("quotes/2023.yaml", 9) + ": quote " + QUOTE + ": field 'topics': unknown topic 'mediation-usa'"),
                rejectedLines());
    }

    @Test
    void referenceToAnItemOfAnotherKindIsUnknown() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("people: [antony-blinken]\n",
                "people: [lachin-corridor]\n"));

        assertEquals(at("events/2023.yaml", 18) + ": event " + ROUND + ": field 'people': unknown person 'lachin-corridor'",
                message);
    }

    @Test
    void duplicateIdAcrossFilesIsAnError() {
        write("events/2024.yaml", Fixtures.EVENTS.substring(0, Fixtures.EVENTS.indexOf("  - id: " + ROUND)));

        assertEquals(List.of(at("events/2024.yaml", 2) + ": event " + CALL
                + ": field 'id': duplicate id, also used by event #1 in " + file("events/2023.yaml") + ", line 2"),
                rejectedLines());
    }

    @Test
    void idInTheWrongFormIsAnError() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("id: " + ROUND, "id: Washington Round"));

        assertTrue(message.startsWith(at("events/2023.yaml", 14) + ": event Washington Round: field 'id': expected lowercase"),
                message);
    }

    @Test
    void aliasClaimedByTwoPeopleIsAnError() {
        String message = rejected("people.yaml", Fixtures.REFERENCE.replace("aliases: [pashinyan]", "aliases: [pashinyan, Blinken]"));

        assertEquals(at("people.yaml", 5) + ": person nikol-pashinyan: field 'aliases': alias 'blinken' is also claimed by "
                + "person antony-blinken in " + file("people.yaml") + ", line 2", message);
    }

    @Test
    void aliasClaimedByTwoTopicsIsAnError() {
        String message = rejected("people.yaml", Fixtures.REFERENCE.replace("aliases: [us mediation]", "aliases: [us mediation, lachin]"));

        assertEquals(at("people.yaml", 10) + ": topic mediation-us: field 'aliases': alias 'lachin' is also claimed by "
                + "topic lachin-corridor in " + file("people.yaml") + ", line 7", message);
    }

    @Test
    void aliasOfAPersonAlreadyInTheDatabaseIsAnError() {
        new Curator(jdbi).importPath(dir);
        Path later = Fixtures.write(dir.resolve("later"), "people.yaml", """
                people:
                  - {id: donald-blinken, name: Donald Blinken, kind: person, aliases: [blinken]}
                """);
        int before = Fixtures.totalRows(jdbi);

        CurationException e = assertThrows(CurationException.class, () -> new Curator(jdbi).importPath(later));

        assertEquals(later + ": line 2: person donald-blinken: field 'aliases': alias 'blinken' already belongs to "
                + "antony-blinken in the database", e.getMessage());
        assertEquals(before, Fixtures.totalRows(jdbi));
    }

    @Test
    void topicCommandOutsideTheAllowedCharactersIsAnError() {
        String message = rejected("people.yaml", Fixtures.REFERENCE.replace("command: lachin", "command: Lachin-Road"));

        assertEquals(at("people.yaml", 7) + ": topic lachin-corridor: field 'command': expected 1 to 32 of a-z, 0-9 or _, "
                + "got 'Lachin-Road'", message);
    }

    @Test
    void topicCommandThatShadowsABotCommandIsAnError() {
        String message = rejected("people.yaml", Fixtures.REFERENCE.replace("command: lachin", "command: latest"));

        assertEquals(at("people.yaml", 7) + ": topic lachin-corridor: field 'command': 'latest' is already one of the "
                + "bot's own commands", message);
    }

    @Test
    void unknownSectionIsAnError() {
        String message = rejected("events/2023.yaml", Fixtures.EVENTS.replace("events:", "evnts:"));

        assertTrue(message.startsWith(file("events/2023.yaml") + ": unknown section 'evnts'"), message);
    }

    @Test
    void allErrorsOfARunAreListedUpToACap() {
        StringBuilder events = new StringBuilder("events:\n");
        for (int i = 1; i <= 25; i++) {
            events.append("  - {id: e-").append(i).append(", date: \"2023-02-30\", title: T, summary: S, ")
                    .append("people: [], topics: [], sources: [{url: \"https://example.org\", name: E}]}\n");
        }
        write("events/2022.yaml", events.toString());

        List<String> lines = rejectedLines();

        assertEquals(Problems.CAP + 1, lines.size());
        assertTrue(lines.get(0).endsWith("event e-1: field 'date': the date 2023-02-30 does not exist: February 2023 has 28 days"),
                lines.get(0));
        assertEquals("... and 5 more errors", lines.get(Problems.CAP));
    }

    private String rejected(String relative, String yaml) {
        write(relative, yaml);
        List<String> lines = rejectedLines();
        assertEquals(1, lines.size(), String.join("\n", lines));
        return lines.get(0);
    }

    @BeforeEach
    void validFixture() {
        Fixtures.curatedFolder(dir);
    }

    private void write(String relative, String yaml) {
        Fixtures.write(dir, relative, yaml);
    }

    /** Imports the folder, which must fail without writing a row; returns the error lines. */
    private List<String> rejectedLines() {
        CurationException e = assertThrows(CurationException.class, () -> new Curator(jdbi).importPath(dir));
        assertEquals(0, Fixtures.totalRows(jdbi), "nothing is written when a file is broken");
        return e.getMessage().lines().toList();
    }

    private String at(String relative, int line) {
        return file(relative) + ": line " + line;
    }

    private String file(String relative) {
        return dir.resolve(relative).toString();
    }
}
