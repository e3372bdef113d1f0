package org.talksbot.ask;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.talksbot.core.ButtonData;
import org.talksbot.store.Quote;
import org.talksbot.store.QuoteQueries;

/**
 * Finds an item by its id or by a unique id prefix ({@code PREFIX*}, which notification buttons send
 * when an id is too long for button data: see {@link ButtonData#ofId}).
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
        Optional<String> prefix = ButtonData.prefixIn(idOrPrefix);
        if (prefix.isEmpty()) {
            return Optional.of(idOrPrefix);
        }
        List<String> ids = startingWith.apply(prefix.get().replace("!", "!!").replace("%", "!%").replace("_", "!_"));
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
