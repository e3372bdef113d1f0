package org.talksbot.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The outbox: one row per (chat, item, revision). Enqueueing selects every active chat that follows
 * all updates, a topic of the item or a person in it, and skips rows that already exist.
 */
public interface OutboxQueries {

    String EVENT_MATCH = """
            FROM chat c WHERE c.active AND EXISTS (SELECT 1 FROM subscription s WHERE s.chat_id = c.id AND (
                   s.target_kind = 'ALL'
                OR (s.target_kind = 'TOPIC'
                    AND s.target_id IN (SELECT topic_id FROM event_topic WHERE event_id = :item))
                OR (s.target_kind = 'PERSON'
                    AND s.target_id IN (SELECT person_id FROM event_person WHERE event_id = :item))))
            """;

    String EVENT_FOLLOWERS = EVENT_MATCH + """
            AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.chat_id = c.id AND o.item_kind = 'EVENT'
                AND o.item_id = :item AND o.revision = :revision)""";

    String QUOTE_MATCH = """
            FROM chat c WHERE c.active AND EXISTS (SELECT 1 FROM subscription s WHERE s.chat_id = c.id AND (
                   s.target_kind = 'ALL'
                OR (s.target_kind = 'TOPIC'
                    AND s.target_id IN (SELECT topic_id FROM quote_topic WHERE quote_id = :item))
                OR (s.target_kind = 'PERSON' AND s.target_id IN (SELECT person_id FROM quote WHERE id = :item))))
            """;

    String QUOTE_FOLLOWERS = QUOTE_MATCH + """
            AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.chat_id = c.id AND o.item_kind = 'QUOTE'
                AND o.item_id = :item AND o.revision = :revision)""";

    /** Chats in digest mode hear of items in their digest instead (see {@link DigestQueries}). */
    String INSTANT_ONLY = " AND c.delivery_mode = 'INSTANT'";

    String INSERT = """
            INSERT INTO outbox (chat_id, item_kind, item_id, revision, correction, created_at, state, attempts,
                                next_attempt_at)
            """;

    @SqlUpdate(INSERT + "SELECT c.id, 'EVENT', :item, :revision, :correction, :now, 'PENDING', 0, :now "
            + EVENT_FOLLOWERS + INSTANT_ONLY)
    int enqueueEvent(@Bind("item") String itemId, @Bind("revision") String revision,
                     @Bind("correction") boolean correction, @Bind("now") Instant now);

    @SqlUpdate(INSERT + "SELECT c.id, 'QUOTE', :item, :revision, :correction, :now, 'PENDING', 0, :now "
            + QUOTE_FOLLOWERS + INSTANT_ONLY)
    int enqueueQuote(@Bind("item") String itemId, @Bind("revision") String revision,
                     @Bind("correction") boolean correction, @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) " + EVENT_FOLLOWERS)
    int countEventFollowers(@Bind("item") String itemId, @Bind("revision") String revision);

    @SqlQuery("SELECT COUNT(*) " + QUOTE_FOLLOWERS)
    int countQuoteFollowers(@Bind("item") String itemId, @Bind("revision") String revision);

    @SqlQuery("""
            SELECT title || '|' || summary || '|' || CAST(event_date AS VARCHAR) || '|' || date_precision
                || '|' || COALESCE(place, '')
                || '|' || COALESCE((SELECT LISTAGG(url || ' ' || name, '|') WITHIN GROUP (ORDER BY position)
                                    FROM event_source WHERE event_id = :item), '')
            FROM event WHERE id = :item""")
    Optional<String> eventContent(@Bind("item") String itemId);

    @SqlQuery("""
            SELECT text || '|' || CAST(quote_date AS VARCHAR) || '|' || date_precision || '|' || person_id || '|'
                || COALESCE(speaker_role, '') || '|' || COALESCE(context, '') || '|' || source_url || '|' || source_name
            FROM quote WHERE id = :item""")
    Optional<String> quoteContent(@Bind("item") String itemId);

    /** A reply (binds chat, body, priority, now); run per reply by {@link ReplyQueue}. */
    String ENQUEUE_REPLY = """
            INSERT INTO outbox (chat_id, reply_body, priority, correction, created_at, state, attempts, next_attempt_at,
                                asked)
            VALUES (:chat, :body, :priority, FALSE, :now, 'PENDING', 0, :now, :asked)""";

    /**
     * The first pending message of each active chat, if it is due: replies before notifications, then
     * oldest first, after ({@code afterPriority}, {@code afterId}); with each reply, the update it answers
     * (0 for other messages), by which the sender orders the replies it read. Later messages of a chat wait
     * for the first, so each chat gets its messages in order. Binds now, afterPriority, after, limit; read with
     * {@link OutboxRow#MAPPER}. Run on every pass of the sender, so not through an attached interface.
     */
    String DUE = """
            SELECT o.id, o.chat_id, c.is_group AS group_chat, o.item_kind, o.item_id, o.correction, o.attempts,
                   o.created_at, o.reply_body, o.priority, o.silent, c.time_zone, c.quiet_start, c.quiet_end,
                   c.quiet_hold, COALESCE(o.asked, 0) AS asked
            FROM outbox o JOIN chat c ON c.id = o.chat_id
            WHERE o.state = 'PENDING' AND o.next_attempt_at <= :now AND c.active
              AND (o.priority > :afterPriority OR (o.priority = :afterPriority AND o.id > :after))
              AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id AND p.state = 'PENDING'
                  AND (p.priority < o.priority OR (p.priority = o.priority AND p.id < o.id)))
            ORDER BY o.priority, o.id LIMIT :limit""";

    /** Quiet hours with hold: the row waits without counting as an attempt. */
    @SqlUpdate("UPDATE outbox SET next_attempt_at = :until WHERE id = :id")
    void holdUntil(@Bind("id") long id, @Bind("until") Instant until);

    @SqlUpdate("""
            INSERT INTO outbox (chat_id, reply_body, priority, correction, created_at, state, attempts, next_attempt_at,
                                silent)
            VALUES (:chat, :body, 1, FALSE, :now, 'PENDING', 0, :now, :silent)""")
    void enqueueDigest(@Bind("chat") long chatId, @Bind("body") String body, @Bind("silent") boolean silent,
                       @Bind("now") Instant now);

    /**
     * Binds id, now; run per message sent. A sent message's body is not read again, so it is emptied, as the
     * inbox empties a handled update (see InboxQueries.MARK_DONE); a notification has none.
     */
    String MARK_SENT = """
            UPDATE outbox SET state = 'SENT', sent_at = :now, attempts = attempts + 1,
                reply_body = CASE WHEN reply_body IS NULL THEN NULL ELSE '' END
            WHERE id = :id""";

    @SqlUpdate("""
            UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
            WHERE id = :id""")
    void retryAt(@Bind("id") long id, @Bind("next") Instant next, @Bind("error") String error);

    @SqlUpdate("UPDATE outbox SET state = :state, attempts = attempts + 1, last_error = :error WHERE id = :id")
    void finish(@Bind("id") long id, @Bind("state") String state, @Bind("error") String error);

    /**
     * Deletes up to {@code limit} rows in a finished state (SENT, FAILED or SKIPPED, never PENDING) whose
     * last try was due before {@code before}: next_attempt_at, as it leads the index outbox_due (state,
     * next_attempt_at, id), so the delete reads only the rows it removes and needs no index of its own.
     */
    @SqlUpdate("""
            DELETE FROM outbox WHERE state = :state AND state <> 'PENDING' AND next_attempt_at < :before
            FETCH FIRST :limit ROWS ONLY""")
    int deleteFinished(@Bind("state") String state, @Bind("before") Instant before, @Bind("limit") int limit);
}
