package org.talksbot.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Reply;
import org.talksbot.i18n.Language;

/**
 * Plans due digests: for each active chat in digest mode, its latest slot at or before now (in its
 * zone); if that slot has no digest row yet and came after the mode was chosen, one transaction inserts
 * the row, ties the waiting items to it and queues its message(s) in the outbox, written in the chat's
 * language as stored at that moment and silent if the slot lies in the chat's quiet hours. With nothing
 * waiting the row is still written and nothing is sent.
 * A kill -9 loses all of that or none of it, and the unique (chat, period) row makes a second planning
 * of the same slot a no-op: a digest is sent once, after any restart, even one long after its minute.
 */
public final class DigestPlanner {

    private static final Logger log = LoggerFactory.getLogger(DigestPlanner.class);

    private final Jdbi jdbi;
    private final TimeSource time;
    /** The last period seen planned per chat, so that each second's look costs no write per chat. */
    private final Map<Long, String> planned = new ConcurrentHashMap<>();

    public DigestPlanner(Jdbi jdbi, TimeSource time) {
        this.jdbi = jdbi;
        this.time = time;
    }

    /** Returns how many digests were queued (digests with nothing in them are recorded, not counted). */
    public int planDue() {
        Instant now = time.now();
        List<ChatSettingsQueries.DigestChat> chats = jdbi.withExtension(ChatSettingsQueries.class,
                ChatSettingsQueries::digestChats);
        int queued = 0;
        for (ChatSettingsQueries.DigestChat chat : chats) {
            ChatSettings settings = chat.settings();
            ZoneId zone = settings.zone();
            Optional<DigestSchedule.Slot> slot = settings.schedule().latest(now, zone);
            if (slot.isEmpty() || (chat.digestSince() != null && slot.get().at().isBefore(chat.digestSince()))) {
                continue;
            }
            if (slot.get().period().equals(planned.get(chat.id()))) {
                continue;
            }
            if (plan(chat.id(), settings, chat.readsIn(), slot.get(), now)) {
                queued++;
            }
            planned.put(chat.id(), slot.get().period());
        }
        return queued;
    }

    private boolean plan(long chatId, ChatSettings settings, Language language, DigestSchedule.Slot slot,
                         Instant now) {
        return jdbi.inTransaction(handle -> {
            DigestQueries q = handle.attach(DigestQueries.class);
            if (q.plan(chatId, slot.period(), slot.at(), now) == 0) {
                return false;
            }
            long digest = q.id(chatId, slot.period());
            q.take(chatId, digest);
            List<DigestQueries.Entry> entries = q.entries(digest);
            q.counted(digest, entries.size());
            if (entries.isEmpty()) {
                return false;
            }
            boolean silent = settings.quietHours().contains(slot.at());
            OutboxQueries outbox = handle.attach(OutboxQueries.class);
            for (String part : DigestRenderer.render(settings.mode(), slot.at().atZone(settings.zone()).toLocalDate(),
                    entries, language)) {
                outbox.enqueueDigest(chatId, ReplyCodec.encode(Reply.of(part)), silent, now);
            }
            log.info("queued the {} for chat {} with {} items", slot.period(), chatId, entries.size());
            return true;
        });
    }
}
