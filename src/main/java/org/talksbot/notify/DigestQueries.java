package org.talksbot.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;
import org.talksbot.i18n.Language;
import org.talksbot.store.Translations;

/**
 * Items waiting for a chat's next digest, and the digests themselves: one row per chat and period,
 * so planning the same digest twice (a restart at its minute) inserts nothing the second time.
 */
@RegisterConstructorMapper(DigestQueries.Entry.class)
public interface DigestQueries {

    /** One line of a digest: an event (title) or a quote (speaker and text), under its first topic by name. */
    record Entry(String itemKind, String itemId, boolean correction, LocalDate itemDate, String datePrecision,
                 String title, String titleRu, String titleHy, String speaker, String text, String sourceUrl,
                 String sourceName, String topicId, String topic, String topicRu, String topicHy) {

        @JdbiConstructor
        public Entry {
        }

        /** An entry with no curated translations. */
        Entry(String itemKind, String itemId, boolean correction, LocalDate itemDate, String datePrecision,
              String title, String speaker, String text, String sourceUrl, String sourceName, String topicId,
              String topic) {
            this(itemKind, itemId, correction, itemDate, datePrecision, title, null, null, speaker, text, sourceUrl,
                    sourceName, topicId, topic, null, null);
        }

        String title(Language language) {
            return Translations.pick(language, title, titleRu, titleHy);
        }

        /** The entry's first topic in the reader's language; null when it has none. */
        String topic(Language language) {
            return topic == null ? null : Translations.pick(language, topic, topicRu, topicHy);
        }
    }

    String DIGEST_ONLY = " AND c.delivery_mode <> 'INSTANT' AND NOT EXISTS (SELECT 1 FROM digest_item d "
            + "WHERE d.chat_id = c.id AND d.item_kind = :kind AND d.item_id = :item AND d.revision = :revision)";

    String INSERT = "INSERT INTO digest_item (chat_id, item_kind, item_id, revision, correction, created_at) "
            + "SELECT c.id, :kind, :item, :revision, :correction, :now ";

    @SqlUpdate(INSERT + OutboxQueries.EVENT_MATCH + DIGEST_ONLY)
    int waitEvent(@Bind("kind") String kind, @Bind("item") String itemId, @Bind("revision") String revision,
                  @Bind("correction") boolean correction, @Bind("now") Instant now);

    @SqlUpdate(INSERT + OutboxQueries.QUOTE_MATCH + DIGEST_ONLY)
    int waitQuote(@Bind("kind") String kind, @Bind("item") String itemId, @Bind("revision") String revision,
                  @Bind("correction") boolean correction, @Bind("now") Instant now);

    /** Inserts the digest unless it exists; 1 if this call planned it. */
    @SqlUpdate("""
            INSERT INTO digest (chat_id, period, scheduled_at, items, created_at)
            SELECT :chat, :period, :at, 0, :now FROM (VALUES 1)
            WHERE NOT EXISTS (SELECT 1 FROM digest WHERE chat_id = :chat AND period = :period)""")
    int plan(@Bind("chat") long chatId, @Bind("period") String period, @Bind("at") Instant at,
             @Bind("now") Instant now);

    @SqlQuery("SELECT id FROM digest WHERE chat_id = :chat AND period = :period")
    long id(@Bind("chat") long chatId, @Bind("period") String period);

    @SqlUpdate("UPDATE digest_item SET digest_id = :digest WHERE chat_id = :chat AND digest_id IS NULL")
    int take(@Bind("chat") long chatId, @Bind("digest") long digestId);

    @SqlUpdate("UPDATE digest SET items = :items WHERE id = :digest")
    void counted(@Bind("digest") long digestId, @Bind("items") int items);

    /** A digest's items still in the store that the chat still follows, newest first. */
    @SqlQuery("""
            SELECT d.item_kind, d.item_id, d.correction, e.event_date AS item_date, e.date_precision, e.title,
                   e.title_ru, e.title_hy, NULL AS speaker, NULL AS text, s.url AS source_url, s.name AS source_name,
                   t.id AS topic_id, t.name AS topic, t.name_ru AS topic_ru, t.name_hy AS topic_hy
            FROM digest_item d JOIN event e ON d.item_kind = 'EVENT' AND e.id = d.item_id
            LEFT JOIN event_source s ON s.event_id = e.id
              AND s.position = (SELECT MIN(position) FROM event_source WHERE event_id = e.id)
            LEFT JOIN topic t ON t.id = (SELECT t1.id FROM event_topic et JOIN topic t1 ON t1.id = et.topic_id
                                         WHERE et.event_id = e.id ORDER BY t1.name, t1.id LIMIT 1)
            WHERE d.digest_id = :digest AND EXISTS (SELECT 1 FROM subscription f WHERE f.chat_id = d.chat_id AND (
                   f.target_kind = 'ALL'
                OR (f.target_kind = 'TOPIC' AND f.target_id IN (SELECT topic_id FROM event_topic WHERE event_id = e.id))
                OR (f.target_kind = 'PERSON'
                    AND f.target_id IN (SELECT person_id FROM event_person WHERE event_id = e.id))))
            UNION ALL
            SELECT d.item_kind, d.item_id, d.correction, q.quote_date, q.date_precision, NULL, NULL, NULL, p.name,
                   q.text, q.source_url, q.source_name, t.id, t.name, t.name_ru, t.name_hy
            FROM digest_item d JOIN quote q ON d.item_kind = 'QUOTE' AND q.id = d.item_id
            JOIN person p ON p.id = q.person_id
            LEFT JOIN topic t ON t.id = (SELECT t1.id FROM quote_topic qt JOIN topic t1 ON t1.id = qt.topic_id
                                         WHERE qt.quote_id = q.id ORDER BY t1.name, t1.id LIMIT 1)
            WHERE d.digest_id = :digest AND EXISTS (SELECT 1 FROM subscription f WHERE f.chat_id = d.chat_id AND (
                   f.target_kind = 'ALL'
                OR (f.target_kind = 'TOPIC' AND f.target_id IN (SELECT topic_id FROM quote_topic WHERE quote_id = q.id))
                OR (f.target_kind = 'PERSON' AND f.target_id = q.person_id)))
            ORDER BY item_date DESC, item_id""")
    List<Entry> entries(@Bind("digest") long digestId);

    /** Leaving digest mode: what waited for the digest goes out as instant notifications. */
    @SqlUpdate("""
            INSERT INTO outbox (chat_id, item_kind, item_id, revision, correction, created_at, state, attempts,
                                next_attempt_at)
            SELECT d.chat_id, d.item_kind, d.item_id, d.revision, d.correction, d.created_at, 'PENDING', 0, :now
            FROM digest_item d WHERE d.chat_id = :chat AND d.digest_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.chat_id = d.chat_id AND o.item_kind = d.item_kind
                  AND o.item_id = d.item_id AND o.revision = d.revision)""")
    int releaseWaiting(@Bind("chat") long chatId, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM digest_item WHERE chat_id = :chat AND digest_id IS NULL")
    int dropWaiting(@Bind("chat") long chatId);

    @SqlQuery("SELECT COUNT(*) FROM digest_item WHERE chat_id = :chat AND digest_id IS NULL")
    int waiting(@Bind("chat") long chatId);

    /** Up to {@code limit} digests due before {@code before}, oldest first (index digest_by_scheduled_at). */
    @SqlQuery("SELECT id FROM digest WHERE scheduled_at < :before ORDER BY scheduled_at FETCH FIRST :limit ROWS ONLY")
    List<Long> dueBefore(@Bind("before") Instant before, @Bind("limit") int limit);

    /**
     * Deletes up to {@code limit} items of one digest; an item still waiting has no digest, so is never among them.
     * One digest at a time: H2 2.2 deletes right but reports too few rows when a DELETE … FETCH FIRST looks its
     * rows up by a list of digests (digest_id IN …), and a short count would end a batch early.
     */
    @SqlUpdate("DELETE FROM digest_item WHERE digest_id = :digest FETCH FIRST :limit ROWS ONLY")
    int deleteItemsOf(@Bind("digest") long digestId, @Bind("limit") int limit);

    /**
     * Deletes the digest if no item points to it any more: deleting one with items would set their digest_id to
     * NULL (ON DELETE SET NULL), and they would wait for the next digest again.
     */
    @SqlUpdate("""
            DELETE FROM digest WHERE id = :digest
              AND NOT EXISTS (SELECT 1 FROM digest_item WHERE digest_id = :digest)""")
    int deleteEmptied(@Bind("digest") long digestId);
}
