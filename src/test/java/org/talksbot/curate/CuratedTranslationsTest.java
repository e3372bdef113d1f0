package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.i18n.Language;
import org.talksbot.store.Database;
import org.talksbot.store.StoreReader;

/** The optional title_ru, title_hy, name_ru and name_hy fields: imported, updated, cleared, and checked by script. */
class CuratedTranslationsTest {

    private static final String CALL = "2023-03-20-blinken-pashinyan-call";
    private static final String ROUND = "2023-05-washington-round";
    private static final String TITLE = "    title: Blinken and Pashinyan speak by phone\n";
    private static final String RU = "Блинкен и Пашинян говорят по телефону";
    private static final String HY = "Բլինքենը և Փաշինյանը խոսում են հեռախոսով";

    @TempDir
    Path dir;

    private final Jdbi jdbi = Database.inMemory("curated-translations-" + UUID.randomUUID());

    @Test
    void translatedTitlesAndNamesAreImportedAndReadPerLanguage() {
        Fixtures.curatedFolder(dir);
        writeEvents(translated(RU, HY));
        writeReference("Лачинский коридор", "Լաչինի միջանցք");

        ImportReport report = new Curator(jdbi).importPath(dir);

        assertEquals(List.of(CALL, ROUND), report.events().added());
        StoreReader store = new StoreReader(jdbi);
        assertEquals(RU, store.events().byId(CALL).orElseThrow().title(Language.RU));
        assertEquals(HY, store.events().byId(CALL).orElseThrow().title(Language.HY));
        assertEquals("Talks in Washington", store.events().byId(ROUND).orElseThrow().title(Language.RU),
                "an event without translations reads English");
        assertEquals("Լաչինի միջանցք", store.topics().byId("lachin-corridor").orElseThrow().name(Language.HY));
        assertEquals("US mediation", store.topics().byId("mediation-us").orElseThrow().name(Language.RU));
        assertFalse(new Curator(jdbi).importPath(dir).changedAnything(), "importing again changes nothing");
    }

    @Test
    void aChangedTranslationIsAnUpdateOfThatItemAndNoCorrection() {
        Fixtures.curatedFolder(dir);
        writeEvents(translated(RU, HY));
        Curator curator = new Curator(jdbi);
        curator.importPath(dir);

        writeEvents(translated(RU, "Բլինքենը և Փաշինյանը հեռախոսազրույց են ունենում"));
        ImportReport report = curator.importPath(dir);

        assertEquals(List.of(CALL), report.events().changed());
        assertEquals(List.of(), report.events().corrected(), "subscribers are not told about a translation");
        assertEquals("Բլինքենը և Փաշինյանը հեռախոսազրույց են ունենում", titleIn(Language.HY));
        assertEquals(RU, titleIn(Language.RU));
    }

    @Test
    void aRemovedTranslationIsClearedAndTheEnglishTitleShows() {
        Fixtures.curatedFolder(dir);
        writeEvents(translated(RU, HY));
        writeReference("Лачинский коридор", "Լաչինի միջանցք");
        Curator curator = new Curator(jdbi);
        curator.importPath(dir);

        writeEvents(Fixtures.EVENTS);
        Fixtures.write(dir, "people.yaml", Fixtures.REFERENCE);
        ImportReport report = curator.importPath(dir);

        assertEquals(List.of(CALL), report.events().changed());
        assertEquals(1, report.referenceChanged());
        assertEquals("Blinken and Pashinyan speak by phone", titleIn(Language.RU));
        assertEquals("Lachin corridor", new StoreReader(jdbi).topics().byId("lachin-corridor").orElseThrow()
                .name(Language.HY));
    }

    @Test
    void aTranslationChangedInTheBundledFilesIsImportedAtTheNextStart() {
        Path curated = Fixtures.curatedFolder(dir.resolve("db/curated"));
        Fixtures.write(curated, "events/2023.yaml", translated(RU, HY));
        Curator curator = new Curator(jdbi);
        assertTrue(curator.importBundled(dir).changedAnything());
        assertFalse(curator.importBundled(dir).changedAnything(), "unchanged files are skipped");

        Fixtures.write(curated, "events/2023.yaml", translated("Блинкен и Пашинян провели телефонный разговор", HY));
        ImportReport report = curator.importBundled(dir);

        assertEquals(List.of(CALL), report.events().changed());
        assertEquals("Блинкен и Пашинян провели телефонный разговор", titleIn(Language.RU));
    }

    @Test
    void aRussianTitleWithoutCyrillicLettersIsRefusedNamingFileLineAndField() {
        Fixtures.curatedFolder(dir);
        String yaml = translated("Blinken and Pashinyan speak by phone", HY);
        writeEvents(yaml);

        assertEquals(List.of(at("events/2023.yaml", lineOf(yaml, "title_ru")) + ": event " + CALL
                + ": field 'title_ru': expected Russian in Cyrillic letters, got 'Blinken and Pashinyan speak by phone' "
                + "(leave the field out where there is no translation: the English one is shown)"), rejected());
    }

    @Test
    void swappedRussianAndArmenianFieldsAreBothRefused() {
        Fixtures.curatedFolder(dir);
        String yaml = translated(HY, RU);
        writeEvents(yaml);

        List<String> problems = rejected();

        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith(at("events/2023.yaml", lineOf(yaml, "title_ru")) + ": event " + CALL
                + ": field 'title_ru': expected Russian in Cyrillic letters"), problems.get(0));
        assertTrue(problems.get(1).startsWith(at("events/2023.yaml", lineOf(yaml, "title_hy")) + ": event " + CALL
                + ": field 'title_hy': expected Armenian in Armenian letters"), problems.get(1));
    }

    @Test
    void aTopicNameInTheWrongScriptIsRefused() {
        Fixtures.curatedFolder(dir);
        writeReference("Лачинский коридор", "Lachin corridor");

        List<String> problems = rejected();

        assertEquals(1, problems.size(), String.join("\n", problems));
        int line = Fixtures.REFERENCE.lines().toList().indexOf(
                "  - {id: lachin-corridor, name: Lachin corridor, command: lachin, main: true,") + 1;
        assertTrue(problems.get(0).startsWith(at("people.yaml", line) + ": topic lachin-corridor: field 'name_hy': "
                + "expected Armenian in Armenian letters, got 'Lachin corridor'"), problems.get(0));
    }

    @Test
    void aTranslationWithAControlCharacterOrTooLongIsRefused() {
        Fixtures.curatedFolder(dir);
        String yaml = translated("Блинкен и\\u0007 Пашинян", "Բ".repeat(501));
        writeEvents(yaml);

        List<String> problems = rejected();

        assertEquals(List.of(
                at("events/2023.yaml", lineOf(yaml, "title_ru")) + ": event " + CALL + ": field 'title_ru': contains "
                        + "control character U+0007 (written as an escape?): curated text is plain",
                at("events/2023.yaml", lineOf(yaml, "title_hy")) + ": event " + CALL + ": field 'title_hy': too long: "
                        + "501 characters, at most 500"), problems);
    }

    @Test
    void aBlankTranslationCountsAsNone() {
        Fixtures.curatedFolder(dir);
        writeEvents(translated("  ", ""));

        new Curator(jdbi).importPath(dir);

        assertEquals("Blinken and Pashinyan speak by phone", titleIn(Language.RU));
        int translated = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event WHERE title_ru IS NOT NULL "
                + "OR title_hy IS NOT NULL").mapTo(Integer.class).one());
        assertEquals(0, translated);
    }

    @Test
    void theReferenceComparisonIgnoresTranslations() throws IOException {
        Fixtures.curatedFolder(dir);
        writeEvents(translated(RU, HY));
        writeReference("Лачинский коридор", "Լաչինի միջանցք");
        Path reference = Files.createDirectories(dir.resolve("reference"));
        Files.writeString(reference.resolve("events.tsv"), """
                id\tdate\tdate_precision\ttitle\tsummary\tplace\tactors\ttopics\tsource_url\tsource_name
                2023-03-20-blinken-pashinyan-call\t2023-03-20\tday\tBlinken and Pashinyan speak by phone\t\
                They discussed the peace talks and the Lachin corridor.\tPhone call\tAntony Blinken; Nikol Pashinyan\t\
                mediation-us; lachin-corridor\thttps://asbarez.com/call\tAsbarez
                2023-05-washington-round\t2023-05\tmonth\tTalks in Washington\tThe ministers met in Washington.\t\t\
                Antony Blinken\tmediation-us\thttps://example.org/may\tExample
                """);
        Files.writeString(reference.resolve("quotes.tsv"), """
                id\tdate\tspeaker\tspeaker_role\ttext\tcontext\tevent_id\ttopics\tsource_url\tsource_name
                q-2023-03-20-blinken-diplomacy\t2023-03-20\tAntony Blinken\tU.S. Secretary of State\t\
                Diplomacy is the only way to peace.\tTweet after the call\t2023-03-20-blinken-pashinyan-call\t\
                mediation-us\thttps://asbarez.com/call\tAsbarez
                """);

        assertEquals(List.of(), ReferenceComparison.compare(dir, reference));
    }

    private static String translated(String russian, String armenian) {
        assertTrue(Fixtures.EVENTS.contains(TITLE));
        return Fixtures.EVENTS.replace(TITLE, TITLE + "    title_ru: \"" + russian + "\"\n    title_hy: \"" + armenian
                + "\"\n");
    }

    private void writeEvents(String yaml) {
        Fixtures.write(dir, "events/2023.yaml", yaml);
    }

    private void writeReference(String russian, String armenian) {
        String lachin = "{id: lachin-corridor, name: Lachin corridor,";
        assertTrue(Fixtures.REFERENCE.contains(lachin));
        Fixtures.write(dir, "people.yaml", Fixtures.REFERENCE.replace(lachin,
                lachin + " name_ru: \"" + russian + "\", name_hy: \"" + armenian + "\","));
    }

    private String titleIn(Language language) {
        return new StoreReader(jdbi).events().byId(CALL).orElseThrow().title(language);
    }

    private List<String> rejected() {
        CurationException e = assertThrows(CurationException.class, () -> new Curator(jdbi).importPath(dir));
        assertEquals(0, Fixtures.totalRows(jdbi), "nothing is written when a file is refused");
        return e.getMessage().lines().toList();
    }

    private static int lineOf(String yaml, String key) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(key + ":")) {
                return i + 1;
            }
        }
        throw new AssertionError(key + " not in the file");
    }

    private String at(String relative, int line) {
        return file(relative) + ": line " + line;
    }

    private String file(String relative) {
        return dir.resolve(relative).toString();
    }
}
