package org.talksbot.inbox;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The inbox table: updates received, each PENDING until handled, then DONE. */
@RegisterConstructorMapper(InboxUpdate.class)
public interface InboxQueries {

    /*
     * STORE and MARK_DONE run for every update, so Inbox runs them as statements: attaching this
     * interface builds a handler per method each time, which cost more than the statements.
     */

    /**
     * Stores the update unless its id is already there (Telegram re-sends what was not confirmed); binds
     * id, chat, payload, now.
     */
    String STORE = """
            MERGE INTO inbox i USING (VALUES (CAST(:id AS BIGINT))) AS s(update_id) ON i.update_id = s.update_id
            WHEN NOT MATCHED THEN INSERT (update_id, chat_id, payload, received_at, state)
                VALUES (:id, :chat, :payload, :now, 'PENDING')""";

    /** As STORE, for an update known to be new (its id is above any the inbox holds): no look for it first. */
    String INSERT = """
            INSERT INTO inbox (update_id, chat_id, payload, received_at, state)
            VALUES (:id, :chat, :payload, :now, 'PENDING')""";

    /**
     * Binds id, now. A handled update's payload is never read again (only its id, to know a re-delivery), so
     * it is emptied: H2 rewrites a whole page of rows on each checkpoint, and pages of full payloads made
     * that the biggest part of the database's work per message.
     */
    String MARK_DONE = """
            UPDATE inbox SET state = 'DONE', done_at = :now, payload = '' WHERE update_id = :id AND state = 'PENDING'""";

    @SqlQuery("SELECT update_id, chat_id, payload FROM inbox WHERE state = 'PENDING' ORDER BY update_id LIMIT :limit")
    List<InboxUpdate> pending(@Bind("limit") int limit);

    @SqlUpdate("DELETE FROM inbox WHERE state = 'DONE' AND received_at < :before")
    int deleteDoneBefore(@Bind("before") Instant before);

    @SqlQuery("SELECT COUNT(*) FROM inbox WHERE update_id = :id AND state = 'PENDING'")
    int isPending(@Bind("id") long updateId);

    @SqlQuery("SELECT COUNT(*) FROM inbox WHERE state = 'PENDING'")
    int countPending();
}
