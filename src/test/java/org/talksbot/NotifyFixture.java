package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.talksbot.telegram.FakeBotApi;

/**
 * Curated files and imports for the notification e2e tests: a topic and a person of their own (so the
 * bundled data never matches), new events and quotes about them, and {@code talksbot import} run
 * through {@link Main} on the running app's database, as a curator would.
 */
final class NotifyFixture {

    static final String BASE = """
            people:
              - {id: zed-envoy, name: Zed Envoy, kind: person, role: Special envoy, aliases: [envoy, zed envoy]}
            topics:
              - {id: zed-channel, name: Zed channel, command: zedchannel, main: true, background: "A channel for tests.",
                 aliases: [zed channel, channel]}
              - {id: zed-quiet, name: Zed quiet, main: false, background: "A topic nothing is added to.",
                 aliases: [zed quiet, quiet]}
            """;

    record Import(int exit, String out, String err) {
    }

    private final Path dir;
    final String dbUrl;

    NotifyFixture(Path dir) {
        this.dir = dir;
        this.dbUrl = "jdbc:h2:file:" + dir.resolve("talksbot").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    Map<String, String> env(String... more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("TALKSBOT_DB_URL", dbUrl));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    /** An event on the test topic with the test person, dated 2031-01-DAY. */
    static String event(String id, int day, String title, boolean correction) {
        return """
                  - id: %s
                    date: "2031-01-%02d"
                    title: %s
                    summary: Something the tests made up.
                    people: [zed-envoy]
                    topics: [zed-channel]
                    sources: [{url: "https://example.org/%s", name: Example}]
                    correction: %s
                """.formatted(id, day, title, id, correction);
    }

    static String quote(String id, int day, String text) {
        return """
                  - id: %s
                    date: "2031-01-%02d"
                    speaker: zed-envoy
                    role: Special envoy
                    text: "%s"
                    topics: [zed-channel]
                    source: {url: "https://example.org/%s", name: Example}
                """.formatted(id, day, text, id);
    }

    /** Writes a file with these events (and quotes), imports it, and checks the import succeeded. */
    Import importEvents(String name, List<String> events, List<String> quotes) {
        Import result = importFile(name, "events:\n" + String.join("", events)
                + (quotes.isEmpty() ? "" : "quotes:\n" + String.join("", quotes)), false);
        assertEquals(0, result.exit(), result.err());
        return result;
    }

    /** Imports {@link #BASE}, failing the test if that fails. */
    void importBase() {
        Import result = importFile("base.yaml", BASE, false);
        assertEquals(0, result.exit(), result.err());
    }

    Import importFile(String name, String yaml, boolean dryRun) {
        try {
            Path file = Files.writeString(dir.resolve(name), yaml);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Config config = Config.fromEnvironment(env());
            String[] args = dryRun ? new String[] {"import", "--dry-run", file.toString()}
                    : new String[] {"import", file.toString()};
            int exit = Main.execute(config, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args);
            return new Import(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Notifications (not replies) the chat received. */
    static List<FakeBotApi.Sent> notifications(FakeBotApi fake, long chat) {
        return fake.sent(chat).stream().filter(NotifyFixture::isNotification).toList();
    }

    static boolean isNotification(FakeBotApi.Sent sent) {
        return sent.text().contains("New event · ") || sent.text().contains("New quote · ");
    }
}
