package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.i18n.Language;

/** Titles and topic names for each reader come from the store; where it has no translation, the English. */
class CuratedNamesTest {

    private final StoreFixture store = new StoreFixture();
    private final CuratedNames names = new CuratedNames(store.jdbi);

    @Test
    void aReaderOfAnotherLanguageGetsTheStoresTitleAndTheEnglishWhereThereIsNoTranslation() {
        store.importEvent(new OutboxWriter(new FakeTime()), "e1", "Checkpoint talks", List.of(), List.of());
        for (Language language : List.of(Language.RU, Language.HY)) {
            assertEquals("Checkpoint talks", names.eventTitle("e1", "Checkpoint talks", language));
        }
        assertEquals("Gone", names.eventTitle("gone", "Gone", Language.RU), "an item the store lost keeps its title");
    }

    @Test
    void aCuratedTranslationIsShownToItsReadersAndTheEnglishToEveryoneElse() {
        store.importEvent(new OutboxWriter(new FakeTime()), "e1", "Checkpoint talks", List.of(), List.of());
        store.translateEvent("e1", "Переговоры о пропускном пункте", null);
        assertEquals("Переговоры о пропускном пункте", names.eventTitle("e1", "Checkpoint talks", Language.RU));
        assertEquals("Checkpoint talks", names.eventTitle("e1", "Checkpoint talks", Language.HY));
        assertEquals("Checkpoint talks", names.eventTitle("e1", "Checkpoint talks", Language.EN));
    }

    @Test
    void aTopicTargetIsShownUnderItsStoreNameAndOtherTargetsAsTheyAre() {
        Target topic = new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor");
        assertEquals(topic, names.shown(topic, Language.HY));
        store.translateTopic("lachin-corridor", "Лачинский коридор", "Լաչինի միջանցք");
        assertEquals(new Target(Target.Kind.TOPIC, "lachin-corridor", "Լաչինի միջանցք"), names.shown(topic, Language.HY));
        assertEquals(topic, names.shown(topic, Language.EN));
        assertEquals(Target.ALL, names.shown(Target.ALL, Language.RU));
        assertEquals("Removed topic", names.topicName("removed", "Removed topic", Language.RU));
        assertEquals("Anything", CuratedNames.AS_GIVEN.topicName("lachin-corridor", "Anything", Language.RU));
    }
}
