package org.talksbot.search;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.talksbot.i18n.Language;

/**
 * The language a user chose for their private chat with the bot (a private chat's id is the user's), read
 * straight from the store for inline queries, which come without a chat: only i18n.ChatLanguages writes it.
 */
final class UserLanguages {

    /** The chat table's language column, read only. */
    interface Queries {
        @SqlQuery("SELECT language FROM chat WHERE id = :id AND language IS NOT NULL")
        Optional<String> language(@Bind("id") long chatId);
    }

    private final Jdbi jdbi;

    UserLanguages(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The user's stored language; empty when they never wrote to the bot in private. */
    Optional<Language> of(long userId) {
        return jdbi.withExtension(Queries.class, q -> q.language(userId)).flatMap(Language::parse);
    }
}
