package org.talksbot.i18n;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The chat table's language column. */
interface ChatLanguageQueries {

    /** Binds id. */
    String LANGUAGE = "SELECT language FROM chat WHERE id = :id AND language IS NOT NULL";

    /**
     * The chat's language, set to the given one (binds id, language) if it has none; no row for a chat the
     * store does not know. Run on the first request of a chat stored without a language, as one statement
     * (not an attached interface, which costs more than the statement).
     */
    String CLAIM = "SELECT language FROM FINAL TABLE (UPDATE chat SET language = COALESCE(language, :language) WHERE id = :id)";

    @SqlQuery(LANGUAGE)
    Optional<String> language(@Bind("id") long chatId);

    /** Inserts the chat if the bot never saw it (a console chat, a notification target). */
    @SqlUpdate("""
            MERGE INTO chat c USING (VALUES (CAST(:id AS BIGINT))) AS s(id) ON c.id = s.id
            WHEN MATCHED THEN UPDATE SET language = :language
            WHEN NOT MATCHED THEN INSERT (id, is_group, active, updated_at, language)
                VALUES (:id, :group, TRUE, CURRENT_TIMESTAMP, :language)""")
    void set(@Bind("id") long chatId, @Bind("group") boolean group, @Bind("language") String language);

}
