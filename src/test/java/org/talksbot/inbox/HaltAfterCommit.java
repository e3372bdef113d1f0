package org.talksbot.inbox;

import java.util.List;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Reply;
import org.talksbot.notify.ChatRegistry;
import org.talksbot.notify.Notifier;
import org.talksbot.notify.Throttle;
import org.talksbot.notify.ThrottleSettings;
import org.talksbot.notify.TimeSource;
import org.talksbot.store.Database;

/**
 * Run in a process of its own by {@link KillAfterCommitTest}: stores a batch of updates, handles the
 * first (its reply queued), sends that reply, and halts the JVM at once, as {@code kill -9} would:
 * no shutdown hook, no close of the database.
 */
public final class HaltAfterCommit {

    static final int UPDATES = 5;

    private HaltAfterCommit() {
    }

    public static void main(String[] args) {
        Jdbi jdbi = Database.open(args[0]);
        Inbox inbox = new Inbox(jdbi, TimeSource.SYSTEM);
        inbox.store(LongStream.rangeClosed(1, UPDATES)
                .mapToObj(id -> new InboxUpdate(id, 7, "{\"update_id\":" + id + "}")).toList());
        inbox.complete(1, Handled.reply(7, false, Reply.of("the answer to update 1")));
        Notifier sender = new Notifier(jdbi, (chatId, reply) -> { }, new Throttle(ThrottleSettings.TELEGRAM,
                TimeSource.SYSTEM), new ChatRegistry(jdbi, TimeSource.SYSTEM), TimeSource.SYSTEM);
        if (sender.deliverDue() != 1) {
            Runtime.getRuntime().halt(3);
        }
        Runtime.getRuntime().halt(9);
    }
}
