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
     * Gives the chat the language (binds id, group, language) if it has none, creating the chat if the bot
     * never saw it; changes nothing (count 0) for a chat that has a language. Run on a chat's first request,
     * as a statement (not an attached interface, which costs more than the statement).
     */
    String CLAIM = """
            MERGE INTO chat c USING (VALUES (CAST(:id AS BIGINT), CAST(:group AS BOOLEAN), CAST(:language AS VARCHAR)))
                AS s(id, is_group, language) ON c.id = s.id
            WHEN MATCHED AND c.language IS NULL THEN UPDATE SET language = s.language
            WHEN NOT MATCHED THEN INSERT (id, is_group, active, updated_at, language)
                VALUES (s.id, s.is_group, TRUE, CURRENT_TIMESTAMP, s.language)""";

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
