package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void describeNamesAddedChangedAndCorrectedIds() {
        ImportReport report = new ImportReport(
                new ImportReport.Changes(List.of("e-new"), List.of("e-fixed", "e-edited"), List.of("e-fixed")),
                ImportReport.Changes.NONE, 2, 1);

        assertEquals("""
                events: 1 added, 2 changed (1 correction)
                  added: e-new
                  changed: e-fixed (correction), e-edited
                quotes: nothing added or changed
                people/topics/places: 2 added, 1 changed""", report.describe());
        assertTrue(report.changedAnything());
    }

    @Test
    void describeCountsIdsBeyondTheFirstTen() {
        List<String> ids = IntStream.rangeClosed(1, 13).mapToObj(i -> "q-" + i).toList();
        ImportReport report = new ImportReport(ImportReport.Changes.NONE,
                new ImportReport.Changes(ids, List.of(), List.of()), 0);

        assertTrue(report.describe().contains("  added: q-1, q-2, q-3, q-4, q-5, q-6, q-7, q-8, q-9, q-10, ... and 3 more"),
                report.describe());
    }

    @Test
    void theSummaryTellsAddedPeopleTopicsAndPlacesFromChangedOnes() {
        ImportReport report = new ImportReport(ImportReport.Changes.NONE, ImportReport.Changes.NONE, 93, 0);

        assertTrue(report.summary().endsWith("people/topics/places: 93 added, 0 changed"), report.summary());
    }

    @Test
    void nothingChangedIsNotAChange() {
        assertFalse(ImportReport.NOTHING.changedAnything());
    }
}
