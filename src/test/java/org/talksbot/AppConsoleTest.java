package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.talksbot.console.PlainText;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/** {@code talksbot console} end to end: the real app with the bundled curated data, typed at in plain text. */
class AppConsoleTest {

    private static final Pattern DATED = Pattern.compile("(?m)^\\d{1,2} [A-Z][a-z]+ \\d{4} · ");
    private static final Pattern SOURCE = Pattern.compile("(?m)^Source: [^<\\n]+ <https://[^>\\s]+>$");

    @Test
    void latestWhoAndLachinAnswerWithDatedSourcedFactsThenExitZero() throws Exception {
        Config config = Config.fromEnvironment(Map.of(
                "TALKSBOT_DB_URL", "jdbc:h2:mem:console-e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        String typed = "/latest\n/who blinken\n/lachin\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = App.runConsole(config, new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertEquals(0, exit);
        String printed = out.toString(StandardCharsets.UTF_8);
        List<String> answers = List.of(printed.split("\n\n(?=Latest events|Antony Blinken|Lachin corridor\n)"));
        assertEquals(3, answers.size(), printed);
        assertTrue(answers.get(0).startsWith("Latest events"), answers.get(0));
        assertTrue(answers.get(1).startsWith("Antony Blinken — U.S. Secretary of State"), answers.get(1));
        assertTrue(answers.get(2).startsWith("Lachin corridor"), answers.get(2));
        for (String answer : answers) {
            assertTrue(DATED.matcher(answer).find(), answer);
            assertTrue(SOURCE.matcher(answer).find(), answer);
            assertFalse(answer.contains("<a href") || answer.contains("<b>"), "HTML left in plain text: " + answer);
        }
        assertTrue(printed.contains("Source: Asbarez <https://asbarez.com/"), printed);
    }

    private static String console(Config config, Optional<Language> language, String typed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = App.runConsole(config, language, new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void consoleLangRuAnswersInRussianAndTheChoiceIsKeptUntilChangedAgain() {
        Config config = Config.fromEnvironment(Map.of(
                "TALKSBOT_DB_URL", "jdbc:h2:mem:console-lang-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));

        String russian = console(config, Optional.of(Language.RU), "/language\n/start\n");
        String language = russian.substring(0, russian.indexOf("\n\n"));
        String start = russian.substring(language.length()).strip();
        assertEquals(PlainText.of(Messages.of(Language.RU).get("language.current", "name", "Русский"))
                + "\n[English] [Русский] [Հայերեն]", language);
        assertTrue(start.matches("(?s).*\\p{IsCyrillic}.*"), "/start is not Russian: " + start);

        String next = console(config, Optional.empty(), "/language\n");
        assertTrue(next.startsWith(PlainText.of(Messages.of(Language.RU).get("language.current", "name", "Русский"))), next);

        String armenian = console(config, Optional.of(Language.HY), "/language\n/language en\n");
        assertTrue(armenian.startsWith(PlainText.of(Messages.of(Language.HY).get("language.current", "name", "Հայերեն"))),
                armenian);
        assertTrue(armenian.contains(PlainText.of(Messages.of(Language.EN).get("language.changed"))), armenian);
    }

    @Test
    void theConsoleCommandTakesLangFromTheCommandLine() {
        Config config = Config.fromEnvironment(Map.of(
                "TALKSBOT_DB_URL", "jdbc:h2:mem:console-lang-option-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = Main.execute(config, new ByteArrayInputStream("/language\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "console", "--lang", "hy");

        assertEquals(0, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(
                PlainText.of(Messages.of(Language.HY).get("language.current", "name", "Հայերեն"))), out.toString());
    }

    @Test
    void anUnknownConsoleLangExitsTwoWithOneLineNamingTheChoices() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.execute(null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "console", "--lang", "fr");

        assertEquals(2, exit);
        assertEquals("talksbot: --lang must be one of en, ru, hy, not 'fr'\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void subscriptionsWorkInTheConsoleAndAreStored() {
        String dbUrl = "jdbc:h2:mem:console-subscribe-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Config config = Config.fromEnvironment(Map.of("TALKSBOT_DB_URL", dbUrl));
        String typed = "/subscribe lachin\n/subscribe blinken\n/unsubscribe blinken\n/subscriptions\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = App.runConsole(config, new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertEquals(0, exit);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("This chat now follows Lachin corridor (topic)"), printed);
        assertTrue(printed.contains("This chat no longer follows Antony Blinken"), printed);
        int stored = org.talksbot.store.Database.open(dbUrl).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM subscription WHERE chat_id = 1 AND target_id = 'lachin-corridor'")
                .mapTo(Integer.class).one());
        assertEquals(1, stored);
    }

    @Test
    void chartSavesAPngAndPrintsItsPathAndTheStoresCounts() throws Exception {
        String dbUrl = "jdbc:h2:mem:console-chart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = App.runConsole(Config.fromEnvironment(Map.of("TALKSBOT_DB_URL", dbUrl)),
                new ByteArrayInputStream("/chart\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertEquals(0, exit);
        String printed = out.toString(StandardCharsets.UTF_8);
        java.util.regex.Matcher saved = Pattern.compile("^Chart saved to (\\S+\\.png)$", Pattern.MULTILINE).matcher(printed);
        assertTrue(saved.find(), printed);
        java.nio.file.Path file = java.nio.file.Path.of(saved.group(1));
        try {
            byte[] png = java.nio.file.Files.readAllBytes(file);
            assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        int events = org.talksbot.store.Database.open(dbUrl).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event")
                .mapTo(Integer.class).one());
        assertTrue(printed.contains(events + " events by date"), printed);
        assertTrue(printed.contains("/sources"), printed);
    }
}
