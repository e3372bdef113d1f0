package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.i18n.Language;

/** Titles and topic names for each reader come from the store; where it has no translation, the English. */
class CuratedNamesTest {

    private final StoreFixture store = new StoreFixture();
    private final CuratedNames names = new CuratedNames(store.jdbi);

    @Test
    void aNotificationShowsTheCuratedTitleToItsReadersAndTheEnglishToEveryoneElse() {
        store.importEvent(new OutboxWriter(new FakeTime()), "e1", "Checkpoint talks", List.of(), List.of());
        store.translateEvent("e1", "Переговоры о пропускном пункте", null);
        NotificationRenderer renderer = new NotificationRenderer(store.jdbi);
        assertTrue(html(renderer, Language.RU).contains("Переговоры о пропускном пункте"));
        assertTrue(html(renderer, Language.HY).contains("Checkpoint talks"), "no Armenian title: the English");
        assertTrue(html(renderer, Language.EN).contains("Checkpoint talks"));
    }

    private static String html(NotificationRenderer renderer, Language language) {
        return renderer.render(ItemKind.EVENT, "e1", false, language).orElseThrow().html();
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
    }
}
