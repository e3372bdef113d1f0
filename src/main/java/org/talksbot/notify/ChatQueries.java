package org.talksbot.notify;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The chats the bot knows, and whether it may still write to them. */
public interface ChatQueries {

    /**
     * Remembers the chat and makes it active; binds id, group, now, and language: the one its user's
     * Telegram app reports, which a new chat starts with (null: none yet, it is claimed on its first request).
     * Run on every request (so also without attaching, {@link ChatRegistry#seen(Handle, long, boolean, String,
     * Instant)}), it writes nothing for a chat already known and active: a write per message made the chat
     * table part of every checkpoint.
     */
    String SEEN = """
            MERGE INTO chat c
                USING (VALUES (CAST(:id AS BIGINT), CAST(:group AS BOOLEAN), CAST(:language AS VARCHAR(8))))
                    AS s(id, is_group, language)
                ON c.id = s.id
            WHEN MATCHED AND (NOT c.active OR c.is_group <> s.is_group) THEN
                UPDATE SET active = TRUE, is_group = s.is_group, updated_at = :now
            WHEN NOT MATCHED THEN INSERT (id, is_group, active, updated_at, language)
                VALUES (s.id, s.is_group, TRUE, :now, s.language)""";

    @SqlUpdate(SEEN)
    void seen(@Bind("id") long chatId, @Bind("group") boolean group, @Bind("language") String language,
              @Bind("now") Instant now);

    @SqlUpdate("UPDATE chat SET active = :active, updated_at = :now WHERE id = :id AND active <> :active")
    int setActive(@Bind("id") long chatId, @Bind("active") boolean active, @Bind("now") Instant now);

    @SqlUpdate("UPDATE outbox SET state = 'SKIPPED', last_error = :reason WHERE chat_id = :id AND state = 'PENDING'")
    int skipPending(@Bind("id") long chatId, @Bind("reason") String reason);

    /** The chat's stored language code (i18n owns the column; notifications read it as they are sent). */
    @SqlQuery("SELECT language FROM chat WHERE id = :id AND language IS NOT NULL")
    Optional<String> language(@Bind("id") long chatId);

    @SqlQuery("SELECT active FROM chat WHERE id = :id")
    Optional<Boolean> active(@Bind("id") long chatId);
}
