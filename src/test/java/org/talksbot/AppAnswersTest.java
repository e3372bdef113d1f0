package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.TelegramApp.SOURCE_LINK;
import static org.talksbot.TelegramApp.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.curate.Curator;
import org.talksbot.store.Database;
import org.talksbot.telegram.FakeBotApi;

/**
 * Questions of the kinds issue 7 added, asked through the real app and the fake Bot API; and an import
 * by another process (another connection to the same database) seen by the running bot with no /reload.
 */
class AppAnswersTest {

    private static final String DB_URL = "jdbc:h2:mem:answers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static TelegramApp telegram;

    @BeforeAll
    static void startTheApp() {
        telegram = TelegramApp.start(FakeBotApi.start(), Map.of("TALKSBOT_DB_URL", DB_URL));
    }

    @AfterAll
    static void stopTheApp() {
        telegram.close();
    }

    @Test
    void aCountryAsSpeakerGetsOnlyItsOwnPeoplesQuotesOrSaysItHasNone() {
        String reply = telegram.ask("what did Russia say about the ceasefire?").text();

        assertTrue(reply.startsWith("<i>No quotes in the store match this. Events with Russia on Ceasefire"), reply);
        assertFalse(reply.contains("<b>Nikol Pashinyan</b> ("), "a Pashinyan quote under a Russia header: " + reply);
        String quotes = telegram.ask("what did the Kremlin say about Karabakh?").text();
        assertTrue(quotes.startsWith("<i>Quotes by Russia on Status of Nagorno-Karabakh"), quotes);
        assertTrue(quotes.contains("<b>Vladimir Putin</b>") && quotes.contains(SOURCE_LINK), quotes);
    }

    @Test
    void aMediatorQuestionListsEveryThirdPartyOfThatYear() {
        String reply = telegram.ask("who mediated the talks in 2024?").text();

        for (String host : List.of("Olaf Scholz", "Annalena Baerbock", "Antony Blinken", "Murat Nurtleu")) {
            assertTrue(reply.contains("<b>" + host + "</b>"), host + " missing: " + reply);
        }
        assertTrue(reply.contains(SOURCE_LINK), reply);
    }

    @Test
    void aNameInRussianScriptAndAGreetingAreUnderstood() {
        String reply = telegram.ask("что сказал Пашинян про Лачин").text();
        assertTrue(reply.startsWith("<i>Quotes by Nikol Pashinyan on Lachin corridor"), reply);

        String hello = telegram.ask("Hello!").text();
        assertTrue(hello.startsWith("Hello! I answer questions"), hello);
        assertFalse(hello.contains("I don't know"), hello);
    }

    @Test
    void anImportFromAnotherProcessIsSeenWithinSecondsWithoutReload(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.yaml"), """
                people:
                  - id: zara-testova
                    name: Zara Testova
                    kind: person
                    country: international
                    aliases: [zara testova, testova]
                topics:
                  - id: energy-talks
                    name: Energy talks
                    command: energy
                    main: true
                    background: A test topic added by a second process.
                    aliases: [energy talks, power grid]
                """);
        Jdbi other = Database.open(DB_URL);
        new Curator(other).importPath(dir);

        assertTrue(telegram.ask("/who testova").text().startsWith("<b>Zara Testova</b>"));
        assertTrue(telegram.ask("/subscribe power grid").text().contains("Energy talks"));
        assertTrue(telegram.ask("/energy").text().startsWith("<b>Energy talks</b>"));
        String question = telegram.ask("is the power grid open?").text();
        assertTrue(question.contains("Energy talks") || question.contains("I don't know"), question);
        assertTrue(menuHasEnergyWithin(), "the menu did not gain /energy");
    }

    private static boolean menuHasEnergyWithin() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode call : telegram.fake.calls("setMyCommands")) {
                if (StreamSupport.stream(call.path("commands").spliterator(), false)
                        .anyMatch(c -> c.path("command").asText().equals("energy"))) {
                    return true;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
