package org.talksbot.ask;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.talksbot.store.Quote;
import org.talksbot.store.QuoteQueries;

/**
 * Finds an item by its id or by a unique id prefix ({@code ID*}, which notification buttons use when
 * an id is too long for Telegram's 64-byte button data).
 */
@RegisterConstructorMapper(Quote.class)
interface ItemIds {

    @SqlQuery("SELECT id FROM event WHERE id LIKE :prefix || '%' ESCAPE '!' ORDER BY id LIMIT 2")
    List<String> eventsStartingWith(@Bind("prefix") String escapedPrefix);

    @SqlQuery("SELECT id FROM quote WHERE id LIKE :prefix || '%' ESCAPE '!' ORDER BY id LIMIT 2")
    List<String> quotesStartingWith(@Bind("prefix") String escapedPrefix);

    @SqlQuery(QuoteQueries.COLUMNS + " FROM quote q JOIN person p ON p.id = q.person_id WHERE q.id = :id")
    Optional<Quote> quote(@Bind("id") String id);

    /** The id itself, or for {@code PREFIX*} the one id starting with PREFIX (empty if none or several). */
    static Optional<String> resolve(String idOrPrefix, Function<String, List<String>> startingWith) {
        if (!idOrPrefix.endsWith("*")) {
            return Optional.of(idOrPrefix);
        }
        String prefix = idOrPrefix.substring(0, idOrPrefix.length() - 1)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        List<String> ids = startingWith.apply(prefix);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
