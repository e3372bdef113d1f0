package org.talksbot.notify;

import java.time.DayOfWeek;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Request;

/**
 * Reads and changes a chat's delivery settings; the chat is registered (and active) as it changes
 * them. Leaving digest mode sends what was waiting for the digest at once, so nothing is lost.
 */
public final class DeliverySettings {

    private final Jdbi jdbi;
    private final TimeSource time;

    public DeliverySettings(Jdbi jdbi, TimeSource time) {
        this.jdbi = jdbi;
        this.time = time;
    }

    public TimeSource time() {
        return time;
    }

    public ChatSettings of(long chatId) {
        return jdbi.withExtension(ChatSettingsQueries.class, q -> q.of(chatId)).orElse(ChatSettings.DEFAULTS);
    }

    public ChatSettings instant(Request request) {
        jdbi.useTransaction(handle -> {
            handle.attach(ChatQueries.class).seen(request.chatId(), request.isGroup(), ChatRegistry.languageOf(request), time.now());
            handle.attach(ChatSettingsQueries.class).setMode(request.chatId(), "INSTANT", null, null, time.now());
            DigestQueries digests = handle.attach(DigestQueries.class);
            digests.releaseWaiting(request.chatId(), time.now());
            digests.dropWaiting(request.chatId());
        });
        return of(request.chatId());
    }

    /** {@code day} is null for a daily digest. */
    public ChatSettings digest(Request request, DayOfWeek day, int minute) {
        jdbi.useTransaction(handle -> {
            handle.attach(ChatQueries.class).seen(request.chatId(), request.isGroup(), ChatRegistry.languageOf(request), time.now());
            handle.attach(ChatSettingsQueries.class).setMode(request.chatId(), day == null ? "DAILY" : "WEEKLY",
                    day == null ? null : day.getValue(), minute, time.now());
        });
        return of(request.chatId());
    }

    /** {@code start == null} turns quiet hours off. */
    public ChatSettings quiet(Request request, Integer start, Integer end, boolean hold) {
        jdbi.useTransaction(handle -> {
            handle.attach(ChatQueries.class).seen(request.chatId(), request.isGroup(), ChatRegistry.languageOf(request), time.now());
            ChatSettingsQueries q = handle.attach(ChatSettingsQueries.class);
            q.setQuiet(request.chatId(), start, end, start != null && hold);
            if (start == null || !hold) {
                q.releaseHeld(request.chatId(), time.now());
            }
        });
        return of(request.chatId());
    }

    public ChatSettings zone(Request request, ZoneId zone) {
        jdbi.useTransaction(handle -> {
            handle.attach(ChatQueries.class).seen(request.chatId(), request.isGroup(), ChatRegistry.languageOf(request), time.now());
            ChatSettingsQueries q = handle.attach(ChatSettingsQueries.class);
            q.setZone(request.chatId(), zone.getId(), time.now());
            // held notifications are looked at again: in the new zone their quiet hours end at another time
            q.releaseHeld(request.chatId(), time.now());
        });
        return of(request.chatId());
    }
}
