package org.talksbot.notify;

import java.util.ArrayList;
import java.util.List;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Request;

/**
 * A fixture store, fake clock and fake Telegram with the real delivery commands, planner and sender, as digest
 * tests drive them; closing it closes every sender it started.
 */
final class DigestRig implements AutoCloseable {

    /** What one tick did: digests planned, messages delivered. */
    record Tick(int planned, int delivered) {
    }

    final StoreFixture store = new StoreFixture();
    final FakeTime time = new FakeTime();
    final FakeTelegram telegram = new FakeTelegram(time, 30);
    final OutboxWriter writer = new OutboxWriter(time);
    final ChatRegistry chats = new ChatRegistry(store.jdbi, time);
    final Subscriptions subscriptions = new Subscriptions(store.jdbi, time);
    private final ChatAdmins everyoneManages = request -> true;
    final DigestCommand digest = new DigestCommand(subscriptions.settings(), everyoneManages);
    final QuietCommand quiet = new QuietCommand(subscriptions.settings(), everyoneManages);
    final TimezoneCommand timezone = new TimezoneCommand(subscriptions.settings(), everyoneManages);
    private final List<Notifier> started = new ArrayList<>();

    /** A sender as a freshly started process has it. */
    Notifier notifier() {
        Notifier notifier = new Notifier(store.jdbi, telegram, new Throttle(ThrottleSettings.TELEGRAM, time), chats,
                time);
        started.add(notifier);
        return notifier;
    }

    /** What the running bot does about once a second: plan due digests (a new planner: as after a restart), send. */
    Tick tick() {
        int planned = new DigestPlanner(store.jdbi, time).planDue();
        return new Tick(planned, notifier().deliverDue());
    }

    static Request chat(long id) {
        return StoreFixture.privateChat(id, "");
    }

    @Override
    public void close() {
        started.forEach(Notifier::close);
    }
}
