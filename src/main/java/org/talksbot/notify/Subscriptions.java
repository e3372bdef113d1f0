package org.talksbot.notify;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Request;

/** Follows and unfollows targets for a chat; the chat is registered (and active) as it subscribes. */
public final class Subscriptions {

    private final Jdbi jdbi;
    private final TimeSource time;
    private final TargetResolver resolver;
    private final CuratedNames names;

    public Subscriptions(Jdbi jdbi, TimeSource time) {
        this.jdbi = jdbi;
        this.time = time;
        this.resolver = new TargetResolver(jdbi);
        this.names = new CuratedNames(jdbi);
    }

    /** How targets are named to a reader (topics in the reader's language where curated). */
    CuratedNames names() {
        return names;
    }

    /** The same chats' delivery settings (mode, quiet hours, zone). */
    public DeliverySettings settings() {
        return new DeliverySettings(jdbi, time);
    }

    public TargetResolver resolver() {
        return resolver;
    }

    /** True if the chat did not follow the target before. */
    public boolean add(Request request, Target target) {
        return jdbi.inTransaction(handle -> {
            handle.attach(ChatQueries.class).seen(request.chatId(), request.isGroup(), ChatRegistry.languageOf(request), time.now());
            return handle.attach(SubscriptionQueries.class)
                    .add(request.chatId(), target.kind(), target.id(), time.now()) > 0;
        });
    }

    /** True if the chat followed the target. */
    public boolean remove(long chatId, Target target) {
        return jdbi.withExtension(SubscriptionQueries.class, q -> q.remove(chatId, target.kind(), target.id())) > 0;
    }

    /** How many targets the chat followed. */
    public int removeAll(long chatId) {
        return jdbi.withExtension(SubscriptionQueries.class, q -> q.removeAll(chatId));
    }

    /** What the chat follows, with display labels. */
    public List<Target> of(long chatId) {
        return jdbi.withExtension(SubscriptionQueries.class, q -> q.of(chatId)).stream()
                .map(f -> resolver.describe(f.targetKind(), f.targetId()))
                .toList();
    }
}
