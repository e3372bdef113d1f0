package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.store.Database;
import org.talksbot.store.StoreRevision;

class CuratorTest {

    @TempDir
    Path dir;

    private final Jdbi jdbi = Database.inMemory("curator-" + UUID.randomUUID());

    @Test
    void loadsItemsWithTheirLinksAliasesSourcesAndPrecision() {
        ImportReport report = new Curator(jdbi).importPath(Fixtures.curatedFolder(dir));

        assertEquals(List.of("2023-03-20-blinken-pashinyan-call", "2023-05-washington-round"), report.events().added());
        assertEquals(List.of("q-2023-03-20-blinken-diplomacy"), report.quotes().added());
        assertEquals(5, report.referenceChanges());
        assertEquals(Set.of("blinken", "antony blinken"),
                Set.copyOf(strings("SELECT alias FROM person_alias WHERE person_id = 'antony-blinken'")));
        assertEquals(List.of("lachin"), strings("SELECT command FROM topic WHERE main"));
        assertEquals(List.of("Armenian name"), strings("SELECT usage FROM place_name WHERE name = 'Berdzor'"));
        assertEquals(List.of("https://asbarez.com/call", "http://example.org/call"), strings(
                "SELECT url FROM event_source WHERE event_id = '2023-03-20-blinken-pashinyan-call' ORDER BY position"));
        assertEquals(List.of("They discussed the peace talks and the Lachin corridor."),
                strings("SELECT summary FROM event WHERE id = '2023-03-20-blinken-pashinyan-call'"));
        assertEquals(List.of("day", "month"), strings("SELECT date_precision FROM event ORDER BY event_date"));
        assertEquals(List.of("2023-05-01"), strings("SELECT CAST(event_date AS VARCHAR) FROM event "
                + "WHERE id = '2023-05-washington-round'"));
        assertEquals(2, count("SELECT COUNT(*) FROM event_person WHERE event_id = '2023-03-20-blinken-pashinyan-call'"));
        assertEquals(List.of("antony-blinken|2023-03-20-blinken-pashinyan-call|Asbarez"),
                strings("SELECT person_id || '|' || event_id || '|' || source_name FROM quote"));
    }

    @Test
    void secondImportOfTheSameFilesChangesNothing() {
        Curator curator = new Curator(jdbi);
        curator.importPath(Fixtures.curatedFolder(dir));
        Map<String, Integer> before = Fixtures.rowCounts(jdbi);

        ImportReport again = curator.importPath(dir);

        assertFalse(again.changedAnything(), again.describe());
        assertEquals(ImportReport.NOTHING, again);
        assertEquals(before, Fixtures.rowCounts(jdbi));
    }

    @Test
    void changedSummaryIsReportedAsChangedAndOnlyThatItem() {
        Curator curator = new Curator(jdbi);
        curator.importPath(Fixtures.curatedFolder(dir));
        Fixtures.write(dir, "events/2023.yaml",
                Fixtures.EVENTS.replace("The ministers met in Washington.", "The ministers met at Blair House."));

        ImportReport report = curator.importPath(dir);

        assertEquals(List.of("2023-05-washington-round"), report.events().changed());
        assertEquals(List.of(), report.events().added());
        assertEquals(List.of(), report.events().corrected());
        assertEquals(0, report.referenceChanges());
        assertEquals(List.of("The ministers met at Blair House."),
                strings("SELECT summary FROM event WHERE id = '2023-05-washington-round'"));
    }

    @Test
    void changeMarkedAsCorrectionIsReportedAsCorrected() {
        Curator curator = new Curator(jdbi);
        curator.importPath(Fixtures.curatedFolder(dir));
        Fixtures.write(dir, "quotes/2023.yaml", Fixtures.QUOTES
                .replace("Tweet after the call", "Post on X after the call")
                .replace("    source:", "    correction: true\n    source:"));

        ImportReport report = curator.importPath(dir);

        assertEquals(List.of("q-2023-03-20-blinken-diplomacy"), report.quotes().changed());
        assertEquals(List.of("q-2023-03-20-blinken-diplomacy"), report.quotes().corrected());
    }

    @Test
    void correctionFlagAloneIsNoChange() {
        Curator curator = new Curator(jdbi);
        curator.importPath(Fixtures.curatedFolder(dir));
        Fixtures.write(dir, "quotes/2023.yaml", Fixtures.QUOTES.replace("    source:", "    correction: true\n    source:"));

        assertFalse(curator.importPath(dir).changedAnything());
    }

    @Test
    void changedLinksCountAsAChange() {
        Curator curator = new Curator(jdbi);
        curator.importPath(Fixtures.curatedFolder(dir));
        Fixtures.write(dir, "events/2023.yaml", Fixtures.EVENTS.replace(
                "people: [antony-blinken, nikol-pashinyan]", "people: [antony-blinken]"));

        ImportReport report = curator.importPath(dir);

        assertEquals(List.of("2023-03-20-blinken-pashinyan-call"), report.events().changed());
        assertEquals(1, count("SELECT COUNT(*) FROM event_person WHERE event_id = '2023-03-20-blinken-pashinyan-call'"));
    }

    @Test
    void listenerSeesTheNewRowsInsideTheTransaction() {
        List<Integer> eventsSeen = new ArrayList<>();
        List<ImportReport> reports = new ArrayList<>();
        Curator curator = new Curator(jdbi, (handle, report) -> {
            reports.add(report);
            eventsSeen.add(handle.createQuery("SELECT COUNT(*) FROM event").mapTo(Integer.class).one());
        });

        ImportReport report = curator.importPath(Fixtures.curatedFolder(dir));
        curator.importPath(dir);

        assertEquals(List.of(report), reports, "told once: the second import changed nothing");
        assertEquals(List.of(2), eventsSeen);
    }

    @Test
    void listenerThatFailsLeavesNothingWritten() {
        Curator curator = new Curator(jdbi, (handle, report) -> {
            throw new IllegalStateException("outbox is full");
        });

        assertThrows(IllegalStateException.class, () -> curator.importPath(Fixtures.curatedFolder(dir)));

        assertEquals(0, Fixtures.totalRows(jdbi));
        assertEquals(0, StoreRevision.current(jdbi));
    }

    @Test
    void dryRunReportsWhatWouldChangeAndWritesNothing() {
        List<ImportReport> told = new ArrayList<>();
        Curator curator = new Curator(jdbi, (handle, report) -> told.add(report));

        ImportReport preview = curator.preview(Fixtures.curatedFolder(dir));

        assertEquals(2, preview.events().added().size());
        assertEquals(1, preview.quotes().added().size());
        assertEquals(List.of(preview), told);
        assertEquals(0, Fixtures.totalRows(jdbi));
        assertEquals(0, StoreRevision.current(jdbi));
        assertEquals(preview, curator.importPath(dir), "the real import does what the preview said");
    }

    @Test
    void itemsMissingFromTheFilesAreKept() {
        Curator curator = new Curator(jdbi);
        curator.importPath(Fixtures.curatedFolder(dir));
        Path other = dir.resolve("later");
        Fixtures.write(other, "events.yaml", """
                events:
                  - id: 2024-01-new-round
                    date: "2024-01"
                    title: A new round
                    summary: Refers to people already in the database.
                    people: [nikol-pashinyan]
                    topics: [lachin-corridor]
                    sources: [{url: "https://example.org/new", name: Example}]
                """);

        ImportReport report = curator.importPath(other.resolve("events.yaml"));

        assertEquals(List.of("2024-01-new-round"), report.events().added());
        assertEquals(3, count("SELECT COUNT(*) FROM event"));
    }

    @Test
    void revisionGrowsOnlyWhenAnImportChangesSomething() {
        Curator curator = new Curator(jdbi);
        assertEquals(0, StoreRevision.current(jdbi));

        curator.importPath(Fixtures.curatedFolder(dir));
        curator.importPath(dir);

        assertEquals(1, StoreRevision.current(jdbi));
    }

    @Test
    void importBundledReadsTheCuratedFolderOfTheWorkingDirectory() {
        Fixtures.curatedFolder(dir.resolve("db/curated"));

        ImportReport report = new Curator(jdbi).importBundled(dir);

        assertEquals(2, report.events().added().size());
        assertEquals(1, count("SELECT COUNT(*) FROM quote"));
    }

    @Test
    void importBundledFallsBackToTheCopyOnTheClasspath() {
        Assumptions.assumeTrue(Curator.class.getClassLoader().getResource(Curator.BUNDLED) != null,
                "no curated data on the classpath");

        ImportReport report = new Curator(jdbi).importBundled(dir);

        assertTrue(report.events().added().size() >= 60, report.summary());
    }

    @Test
    void yearWrittenWithoutQuotesStillLoadsWithYearPrecision() {
        Fixtures.curatedFolder(dir);
        Fixtures.write(dir, "events/2023.yaml", Fixtures.EVENTS.replace("\"2023-05\"", "2023"));

        new Curator(jdbi).importPath(dir);

        assertEquals(List.of("year|2023-01-01"), strings("SELECT date_precision || '|' || CAST(event_date AS VARCHAR) "
                + "FROM event WHERE id = '2023-05-washington-round'"));
    }

    @Test
    void changedRoleOfAPersonCountsAsAReferenceChange() {
        Curator curator = new Curator(jdbi);
        curator.importPath(Fixtures.curatedFolder(dir));
        Fixtures.write(dir, "people.yaml", Fixtures.REFERENCE.replace("role: U.S. Secretary of State,", ""));

        ImportReport report = curator.importPath(dir);

        assertEquals(1, report.referenceChanges());
        assertTrue(report.events().isEmpty() && report.quotes().isEmpty());
        assertEquals(List.of(""), strings("SELECT COALESCE(role, '') FROM person WHERE id = 'antony-blinken'"));
    }

    @Test
    void aCountryIsStoredAndChangingItIsAReferenceChange() {
        Curator curator = new Curator(jdbi);
        curator.importPath(Fixtures.curatedFolder(dir));
        Fixtures.write(dir, "people.yaml", Fixtures.REFERENCE.replace("role: U.S. Secretary of State,",
                "role: U.S. Secretary of State, country: united-states,"));

        ImportReport report = curator.importPath(dir);

        assertEquals(1, report.referenceChanges());
        assertEquals(List.of("united-states"), strings("SELECT country FROM person WHERE id = 'antony-blinken'"));
        assertEquals(0, curator.importPath(dir).referenceChanges(), "importing it again changes nothing");
    }

    @Test
    void brokenBundledDataIsACurationError() {
        Fixtures.write(dir.resolve("db/curated"), "people.yaml", "people:\n  - {id: x, name: [unclosed\n");

        CurationException e = assertThrows(CurationException.class, () -> new Curator(jdbi).importBundled(dir));

        assertTrue(e.getMessage().contains("people.yaml: line "), e.getMessage());
        assertEquals(0, Fixtures.totalRows(jdbi));
    }

    @Test
    void missingPathIsACurationError() {
        CurationException e = assertThrows(CurationException.class,
                () -> new Curator(jdbi).importPath(dir.resolve("nowhere")));

        assertTrue(e.getMessage().endsWith("nowhere: no such file or folder"), e.getMessage());
    }

    @Test
    void otherFilesInTheFolderAreIgnored() {
        Fixtures.curatedFolder(dir);
        Fixtures.write(dir, "README.md", "# not yaml: [");

        assertEquals(2, new Curator(jdbi).importPath(dir).events().added().size());
    }

    private List<String> strings(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
