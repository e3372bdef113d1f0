package org.talksbot.telegram;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.talksbot.inbox.InboxUpdate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where {@link UpdateConsumer} hands the updates it has just stored, so that they are answered without
 * a trip through the inbox's scan. Ids are reserved before they are stored, so the scan (which hands out
 * whatever is pending) can never take an update the consumer is about to hand out, nor the reverse.
 */
interface Handoff {

    /**
     * Reserves these update ids; returns those reserved now (an id already being handled is left out,
     * and none is reserved before the scan has handed out what a previous run left).
     */
    Set<Long> reserve(Collection<Long> updateIds);

    /** Gives back reservations that will not be handed out. */
    void release(Collection<Long> updateIds);

    /** Some stored updates were not handed out: the scan should look for them now. */
    void scanSoon();

    /**
     * Handles a reserved update on its chat's lane: stored by now, or (one newer than any stored before)
     * being stored; it is marked done only after {@code onDisk} completes normally, which it does once the
     * update is stored and on disk (if it completes exceptionally, the update stays pending for the scan).
     */
    void handOut(InboxUpdate stored, Update update, CompletableFuture<Void> onDisk);

    /** Takes nothing: the inbox's scan hands out every update. */
    Handoff NONE = new Handoff() {
        @Override
        public Set<Long> reserve(Collection<Long> updateIds) {
            return Set.of();
        }

        @Override
        public void release(Collection<Long> updateIds) {
        }

        @Override
        public void scanSoon() {
        }

        @Override
        public void handOut(InboxUpdate stored, Update update, CompletableFuture<Void> onDisk) {
            throw new IllegalStateException("nothing was reserved");
        }
    };
}
