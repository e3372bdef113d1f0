package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talksbot.ask.CommandRouter;
import org.talksbot.core.Request;
import org.talksbot.curate.Curator;
import org.talksbot.notify.Resolution;
import org.talksbot.notify.Target;
import org.talksbot.notify.TargetResolver;
import org.talksbot.store.Database;

/** The same name typed to /who, /topic and /subscribe is read the same way: one name index behind all three. */
class OneReadingOfNamesTest {

    private static final Jdbi STORE = curated();
    private static final CommandRouter ROUTER = CommandRouter.create(STORE);
    private static final TargetResolver TARGETS = new TargetResolver(STORE);

    private static Jdbi curated() {
        Jdbi jdbi = Database.inMemory("one-reading");
        new Curator(jdbi).importPath(Path.of("db/curated"));
        return jdbi;
    }

    private static String ask(String text) {
        return ROUTER.answer(Request.privateMessage(5, text)).html();
    }

    @ParameterizedTest
    @CsvSource({"BLINKEN, Antony Blinken", "Блинкен, Antony Blinken", "Փաշինյան, Nikol Pashinyan",
            "İlham Əliyev, Ilham Aliyev", "price, Ned Price"})
    void aPersonIsFoundByWhoAndSubscribeAlike(String typed, String name) {
        assertTrue(ask("/who " + typed).startsWith("<b>" + name + "</b>"), ask("/who " + typed));
        Target target = ((Resolution.Found) TARGETS.resolve(typed)).target();
        assertEquals(name, target.label());
    }

    @ParameterizedTest
    @CsvSource({"Карабах, Status of Nagorno-Karabakh", "Լաչին, Lachin corridor", "peace deal, Peace treaty"})
    void aTopicIsFoundByTopicAndSubscribeAlike(String typed, String name) {
        assertTrue(ask("/topic " + typed).startsWith("<b>" + name + "</b>"), ask("/topic " + typed));
        assertEquals(name, ((Resolution.Found) TARGETS.resolve(typed)).target().label());
    }

    @Test
    void aMisspellingGetsTheSameDidYouMeanEverywhere() {
        assertEquals("Did you mean Antony Blinken?", ask("/who blinkn"));
        Resolution.Choices choices = (Resolution.Choices) TARGETS.resolve("blinkn");
        assertTrue(choices.guessed());
        assertEquals(List.of("antony-blinken"), choices.targets().stream().map(Target::id).toList());
        assertTrue(ask("/topic karabakhh").startsWith("Did you mean Status of Nagorno-Karabakh?"),
                ask("/topic karabakhh"));
        assertEquals("karabakh-status", ((Resolution.Choices) TARGETS.resolve("karabakhh")).targets().get(0).id());
    }
}
