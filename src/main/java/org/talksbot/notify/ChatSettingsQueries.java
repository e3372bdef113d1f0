package org.talksbot.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.talksbot.i18n.Language;

/** A chat's delivery mode, digest time, quiet hours and zone (columns of {@code chat}). */
@RegisterConstructorMapper(ChatSettings.class)
@RegisterConstructorMapper(ChatSettingsQueries.DigestChat.class)
public interface ChatSettingsQueries {

    /** A chat that gets digests, with what the planner needs. */
    record DigestChat(long id, Instant digestSince, String deliveryMode, Integer digestDay, Integer digestMinute,
                      String timeZone, Integer quietStart, Integer quietEnd, boolean quietHold, String language) {
        ChatSettings settings() {
            return new ChatSettings(deliveryMode, digestDay, digestMinute, timeZone, quietStart, quietEnd, quietHold);
        }

        /** The digest is written in the language the chat has when it is planned. */
        Language readsIn() {
            return Language.parse(language).orElse(Language.EN);
        }
    }

    String COLUMNS = "delivery_mode, digest_day, digest_minute, time_zone, quiet_start, quiet_end, quiet_hold";

    @SqlQuery("SELECT " + COLUMNS + " FROM chat WHERE id = :id")
    Optional<ChatSettings> of(@Bind("id") long chatId);

    @SqlQuery("SELECT id, digest_since, " + COLUMNS + ", language FROM chat WHERE delivery_mode IN ('DAILY', 'WEEKLY') AND active")
    List<DigestChat> digestChats();

    @SqlUpdate("""
            UPDATE chat SET delivery_mode = :mode, digest_day = :day, digest_minute = :minute, digest_since = :now
            WHERE id = :id""")
    void setMode(@Bind("id") long chatId, @Bind("mode") String mode, @Bind("day") Integer day,
                 @Bind("minute") Integer minute, @Bind("now") Instant now);

    @SqlUpdate("UPDATE chat SET quiet_start = :start, quiet_end = :end, quiet_hold = :hold WHERE id = :id")
    void setQuiet(@Bind("id") long chatId, @Bind("start") Integer start, @Bind("end") Integer end,
                  @Bind("hold") boolean hold);

    /** A new zone moves the digest's minute: one that is thereby already past is not sent. */
    @SqlUpdate("UPDATE chat SET time_zone = :zone, digest_since = :now WHERE id = :id")
    void setZone(@Bind("id") long chatId, @Bind("zone") String zone, @Bind("now") Instant now);

    /** Held notifications wait no more once quiet hours are off. */
    @SqlUpdate("""
            UPDATE outbox SET next_attempt_at = :now
            WHERE chat_id = :id AND state = 'PENDING' AND item_kind IS NOT NULL AND next_attempt_at > :now
              AND attempts = 0""")
    int releaseHeld(@Bind("id") long chatId, @Bind("now") Instant now);
}
