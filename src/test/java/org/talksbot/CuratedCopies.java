package org.talksbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The curated folders that data-dependent tests run against: the repository's own {@code db/curated}, and a
 * copy of it to which one event and one quote were added exactly as db/curated/README.md tells a curator
 * to (a new id in the year file, every required field, existing people and topics, a source URL). A test
 * that passes on both takes its counts and newest ids from the data, not from today's numbers.
 */
public final class CuratedCopies {

    public static final Path REAL = Path.of("db/curated");
    public static final String ADDED_EVENT = "2026-03-25-curator-steps-check-event";
    public static final String ADDED_QUOTE = "q-2026-03-25-blinken-curator-steps-check";

    /** Appended to events/2026.yaml: a placeholder item for the tests, never shipped (example.org source). */
    static final String EVENT = """
              - id: "2026-03-25-curator-steps-check-event"
                date: "2026-03-25"
                title: Placeholder event added by the tests
                summary: >-
                  A placeholder event that the tests add to a copy of the curated files, to show that
                  adding one by the curator's steps keeps every test green.
                people: [ararat-mirzoyan, jeyhun-bayramov]
                topics: [peace-treaty, lachin-corridor]
                sources:
                  - url: "https://example.org/curator-steps-check"
                    name: Example
            """;

    /** Appended to quotes/2026.yaml. */
    static final String QUOTE = """
              - id: q-2026-03-25-blinken-curator-steps-check
                date: "2026-03-25"
                speaker: antony-blinken
                role: U.S. Secretary of State
                text: "Placeholder quote added by the tests (not a real quote)."
                context: Added by the tests
                event: "2026-03-25-curator-steps-check-event"
                topics: [peace-treaty]
                source:
                  url: "https://example.org/curator-steps-check"
                  name: Example
            """;

    private static Path extended;

    private CuratedCopies() {
    }

    /** Both folders, for parameterised tests. */
    public static List<Path> both() {
        return List.of(REAL, extended());
    }

    /** A copy of db/curated with one event and one quote added by the README's steps (made once per run). */
    public static synchronized Path extended() {
        if (extended == null) {
            try {
                Path copy = Files.createTempDirectory("talksbot-curated-extended");
                copy.toFile().deleteOnExit();
                copyFolder(REAL, copy);
                Files.writeString(copy.resolve("events/2026.yaml"), EVENT, StandardOpenOption.APPEND);
                Files.writeString(copy.resolve("quotes/2026.yaml"), QUOTE, StandardOpenOption.APPEND);
                extended = copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return extended;
    }

    /** Copies every file under {@code from} to {@code to}, keeping the folder layout. */
    public static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                target.toFile().deleteOnExit();
            }
        }
    }
}
