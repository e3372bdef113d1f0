package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

class AdminCommandsTest {

    private static final long OPERATOR = 99;
    private static final Messages EN = Messages.of(Language.EN);
    private final StoreFixture store = new StoreFixture();
    private final FakeTime time = new FakeTime();
    private final Admins admins = new Admins(Set.of(OPERATOR));
    private final AtomicInteger reloads = new AtomicInteger();

    private static Request from(long userId) {
        return StoreFixture.privateChat(userId, "");
    }

    @Test
    void statsAreOnlyForOperatorsAndCountSubscribersChatsAndNotifications() {
        Subscriptions subscriptions = new Subscriptions(store.jdbi, time);
        subscriptions.add(from(1), new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
        subscriptions.add(from(2), new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
        subscriptions.add(from(3), Target.ALL);
        new ChatRegistry(store.jdbi, time).changed(3, false);
        store.importEvent(new OutboxWriter(time), "e1", "Talks", List.of("lachin-corridor"), List.of());
        FanoutRate rate = new FanoutRate(300, Duration.ofSeconds(10), Instant.parse("2026-01-01T00:00:00Z"));
        StatsCommand stats = new StatsCommand(store.jdbi, admins, () -> Optional.of(rate));

        String html = stats.answer(from(OPERATOR), "").html();

        assertEquals(Admins.refusal(EN), stats.answer(from(1), ""));
        assertTrue(html.contains("Lachin corridor: 2"));
        assertTrue(html.contains("active: 2"));
        assertTrue(html.contains("inactive: 1"));
        assertTrue(html.contains("pending: 2"));
        assertTrue(html.contains("300 messages at 30.0/s"), html);
    }

    @Test
    void reloadIsOnlyForOperatorsAndReportsWhatChanged() {
        ReloadCommand reload = new ReloadCommand(admins, () -> {
            reloads.incrementAndGet();
            return "events: 1 added";
        });

        assertEquals(Admins.refusal(EN), reload.answer(from(1), ""));
        assertEquals(0, reloads.get());
        assertEquals("Reloaded. events: 1 added", reload.answer(from(OPERATOR), "").html());
        assertEquals(1, reloads.get());
    }

    @Test
    void failedReloadSaysWhyWithoutAStackTrace() {
        ReloadCommand reload = new ReloadCommand(admins, () -> {
            throw new IllegalStateException("events/2023.yaml: <bad> date");
        });

        assertEquals("Reload failed, nothing was changed: events/2023.yaml: &lt;bad&gt; date",
                reload.answer(from(OPERATOR), "").html());
    }

    @Test
    void operatorsAndOthersAreAnsweredInTheirLanguage() {
        Subscriptions subscriptions = new Subscriptions(store.jdbi, time);
        subscriptions.add(from(1), Target.ALL);
        store.importEvent(new OutboxWriter(time), "e1", "Talks", List.of(), List.of());
        FanoutRate rate = new FanoutRate(21, Duration.ofMillis(700), Instant.parse("2026-01-01T00:00:00Z"));
        StatsCommand stats = new StatsCommand(store.jdbi, admins, () -> Optional.of(rate));

        String ru = stats.answer(from(OPERATOR).withLanguage("ru"), "").html();

        assertTrue(ru.startsWith("<b>Подписчики</b> (активные чаты)\nвсе обновления: 1\n"), ru);
        assertTrue(ru.contains("активные: 1") && ru.contains("в очереди: 1") && ru.contains("ждут ответа: 0"), ru);
        assertTrue(ru.contains("21 сообщение со скоростью 30,0/с"), ru);
        assertEquals(Admins.refusal(Messages.of(Language.RU)), stats.answer(from(1).withLanguage("ru"), ""));
        ReloadCommand reload = new ReloadCommand(admins, () -> "events: 1 added");
        assertEquals("Բեռնված է։ events: 1 added", reload.answer(from(OPERATOR).withLanguage("hy"), "").html());
    }
}
