package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code talksbot check PATH} and {@code talksbot compare-reference CURATED REFERENCE}: output and exit codes. */
class MainCheckTest {

    private static final String EVENTS_HEADER = "id\tdate\tdate_precision\ttitle\tsummary\tplace\tactors\ttopics\t"
            + "source_url\tsource_name\n";
    private static final String QUOTES_HEADER = "id\tdate\tspeaker\tspeaker_role\ttext\tcontext\tevent_id\ttopics\t"
            + "source_url\tsource_name\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void checkOnTheRealDataFindsNothingAndExitsZero() {
        assertEquals(0, run("check", "db/curated"), text(err));
        assertEquals("db/curated: no problems found\n", text(out));
    }

    @Test
    void checkOnABrokenCopyPrintsFileAndLineAndExitsOne() throws IOException {
        CuratedCopies.copyFolder(CuratedCopies.REAL, dir);
        Path events = dir.resolve("events/2026.yaml");
        // the first event's date breaks, whichever event a curator put first
        List<String> lines = new ArrayList<>(Files.readAllLines(events));
        int date = IntStream.range(0, lines.size()).filter(i -> lines.get(i).matches(" +date: \"\\d{4}-\\d{2}-\\d{2}\"")).findFirst()
                .orElseThrow();
        String id = IntStream.iterate(date, i -> i >= 0, i -> i - 1).mapToObj(lines::get)
                .filter(l -> l.matches(" +- id: .*")).findFirst().orElseThrow().replaceAll(" +- id: \"?([^\"]+)\"?", "$1");
        lines.set(date, lines.get(date).replaceAll("\\d{4}-\\d{2}-\\d{2}", "2026-02-30"));
        Files.write(events, lines);

        assertEquals(1, run("check", dir.toString()));

        assertEquals(events + ": line " + (date + 1) + ": event " + id + ": field 'date': the date "
                + "2026-02-30 does not exist: February 2026 has 28 days\n1 problem\n", text(err));
    }

    @Test
    void compareReferenceSaysWhatDiffersFieldByField() throws IOException {
        Path curated = Files.createDirectories(dir.resolve("curated"));
        Files.writeString(curated.resolve("data.yaml"), """
                people:
                  - {id: antony-blinken, name: Antony Blinken, kind: person, aliases: [blinken]}
                topics:
                  - {id: mediation-us, name: US mediation, main: false, background: "Talks.", aliases: [us mediation]}
                events:
                  - id: 2023-05-04-round
                    date: "2023-05-04"
                    title: Talks in Washington
                    summary: The ministers met.
                    people: [antony-blinken]
                    topics: [mediation-us]
                    sources: [{url: "https://example.org/may", name: Example}, {url: "https://example.org/b", name: B}]
                quotes:
                  - id: q-2023-05-04-blinken-progress
                    date: "2023-05-04"
                    speaker: antony-blinken
                    role: U.S. Secretary of State
                    text: "We made progress."
                    topics: [mediation-us]
                    source: {url: "https://example.org/may", name: Example}
                """);
        Path reference = Files.createDirectories(dir.resolve("reference"));
        Files.writeString(reference.resolve("events.tsv"), EVENTS_HEADER + "2023-05-04-round\t2023-05-04\tday\t"
                + "Talks in Washington\tThe ministers met.\t\tAntony Blinken\tmediation-us\thttps://example.org/may\tExample\n");
        Files.writeString(reference.resolve("quotes.tsv"), QUOTES_HEADER + "q-2023-05-04-blinken-progress\t2023-05-04\t"
                + "Antony Blinken\tU.S. Secretary of State\tWe made progress.\t\t\tmediation-us\thttps://example.org/may\tExample\n");

        assertEquals(0, run("compare-reference", curated.toString(), reference.toString()), text(out) + text(err));
        assertEquals("no differences\n", text(out));

        out.reset();
        Files.writeString(reference.resolve("quotes.tsv"), QUOTES_HEADER + "q-2023-05-04-blinken-progress\t2023-05-04\t"
                + "Antony Blinken\tU.S. Secretary of State\tWe made progress!\t\t\tmediation-us\thttps://example.org/may\tExample\n"
                + "q-2023-05-05-blinken-more\t2023-05-05\tAntony Blinken\tU.S. Secretary of State\tMore.\t\t\t"
                + "mediation-us\thttps://example.org/may\tExample\n");

        assertEquals(1, run("compare-reference", curated.toString(), reference.toString()));
        assertEquals("""
                quote q-2023-05-04-blinken-progress: text: not byte-identical: curated 'We made progress.', reference 'We made progress!'
                quote q-2023-05-05-blinken-more: missing from the curated files
                2 differences
                """, text(out));
    }

    private int run(String... args) {
        return Main.execute(null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
