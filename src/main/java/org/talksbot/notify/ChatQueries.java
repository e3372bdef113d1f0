package org.talksbot.notify;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The chats the bot knows, and whether it may still write to them. */
public interface ChatQueries {

    /** Remembers the chat and makes it active; run on every request, so also run without attaching ({@link ChatRegistry#seen(Handle, long, boolean, Instant)}). */
    String SEEN = "MERGE INTO chat (id, is_group, active, updated_at) KEY (id) VALUES (:id, :group, TRUE, :now)";

    @SqlUpdate(SEEN)
    void seen(@Bind("id") long chatId, @Bind("group") boolean group, @Bind("now") Instant now);

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
