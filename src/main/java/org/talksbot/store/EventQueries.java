package org.talksbot.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Reads events, newest first unless said otherwise; each comes with its first source.
 * The date precision is upper-cased in SQL so it maps straight onto {@link Precision}. Lists pick
 * their page of events first and join the sources to that page only, which keeps them fast.
 */
@RegisterConstructorMapper(Event.class)
@RegisterConstructorMapper(Source.class)
@RegisterConstructorMapper(StoreCounts.class)
public interface EventQueries {

    String COLUMNS = """
            SELECT e.id, e.event_date, UPPER(e.date_precision) AS date_precision, e.title, e.summary, e.place,
                   s.url AS source_url, s.name AS source_name, e.title_ru, e.title_hy
            """;
    String FIRST_SOURCE = """
            LEFT JOIN event_source s ON s.event_id = e.id
                 AND s.position = (SELECT MIN(f.position) FROM event_source f WHERE f.event_id = e.id)
            """;
    String NEWEST_FIRST = " ORDER BY e.event_date DESC, e.id DESC ";
    String OLDEST_FIRST = " ORDER BY e.event_date, e.id ";

    @SqlQuery(COLUMNS + " FROM (SELECT * FROM event e " + NEWEST_FIRST + " LIMIT :limit OFFSET :offset) e "
            + FIRST_SOURCE + NEWEST_FIRST)
    List<Event> latest(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery(COLUMNS + " FROM event e " + FIRST_SOURCE + " WHERE e.id = :id")
    Optional<Event> byId(@Bind("id") String id);

    @SqlQuery(COLUMNS + " FROM (SELECT e.* FROM event_person ep JOIN event e ON e.id = ep.event_id"
            + " WHERE ep.person_id = :personId " + NEWEST_FIRST + " LIMIT :limit) e " + FIRST_SOURCE + NEWEST_FIRST)
    List<Event> byPerson(@Bind("personId") String personId, @Bind("limit") int limit);

    @SqlQuery(COLUMNS + " FROM (SELECT e.* FROM event_person ep JOIN event e ON e.id = ep.event_id"
            + " WHERE ep.person_id = :personId " + NEWEST_FIRST + " LIMIT :limit OFFSET :offset) e " + FIRST_SOURCE
            + NEWEST_FIRST)
    List<Event> byPerson(@Bind("personId") String personId, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery(COLUMNS + " FROM (SELECT e.* FROM event_topic et JOIN event e ON e.id = et.event_id"
            + " WHERE et.topic_id = :topicId " + NEWEST_FIRST + " LIMIT :limit OFFSET :offset) e "
            + FIRST_SOURCE + NEWEST_FIRST)
    List<Event> byTopic(@Bind("topicId") String topicId, @Bind("limit") int limit, @Bind("offset") int offset);

    /**
     * The topic's newest events among the {@code scan} newest events of the store: walking the date index
     * is cheap, where {@link #byTopic} sorts every event of the topic. Fewer than {@code limit} back means
     * the answer may lie further back.
     */
    @SqlQuery(COLUMNS + " FROM (SELECT * FROM (SELECT * FROM event e " + NEWEST_FIRST + " LIMIT :scan) e"
            + " WHERE EXISTS (SELECT 1 FROM event_topic et WHERE et.event_id = e.id AND et.topic_id = :topicId)"
            + NEWEST_FIRST + " LIMIT :limit) e " + FIRST_SOURCE + NEWEST_FIRST)
    List<Event> byTopicAmongNewest(@Bind("topicId") String topicId, @Bind("scan") int scan, @Bind("limit") int limit);

    /** Like {@link #byTopicAmongNewest}, for the events a person took part in. */
    @SqlQuery(COLUMNS + " FROM (SELECT * FROM (SELECT * FROM event e " + NEWEST_FIRST + " LIMIT :scan) e"
            + " WHERE EXISTS (SELECT 1 FROM event_person ep WHERE ep.event_id = e.id AND ep.person_id = :personId)"
            + NEWEST_FIRST + " LIMIT :limit) e " + FIRST_SOURCE + NEWEST_FIRST)
    List<Event> byPersonAmongNewest(@Bind("personId") String personId, @Bind("scan") int scan,
                                    @Bind("limit") int limit);

    /** Events dated from {@code from} to {@code to}, both inclusive, oldest first. */
    @SqlQuery(COLUMNS + " FROM (SELECT * FROM event e WHERE e.event_date BETWEEN :from AND :to"
            + OLDEST_FIRST + " LIMIT :limit OFFSET :offset) e " + FIRST_SOURCE + OLDEST_FIRST)
    List<Event> between(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
                        @Bind("limit") int limit, @Bind("offset") int offset);

    /** What a word search reads: the title in every language and the summary. */
    String SEARCHED = "LOWER(e.title || ' ' || COALESCE(e.title_ru, '') || ' ' || COALESCE(e.title_hy, '') || ' ' "
            + "|| e.summary)";

    /**
     * Events whose title (in any language) or summary contains every pattern (lower-case LIKE patterns,
     * escaped with {@code !}); unused pattern slots are bound to {@code %} and skipped.
     */
    @SqlQuery(COLUMNS + " FROM (SELECT * FROM event e"
            + " WHERE (:w0 = '%' OR " + SEARCHED + " LIKE :w0 ESCAPE '!')"
            + " AND (:w1 = '%' OR " + SEARCHED + " LIKE :w1 ESCAPE '!')"
            + " AND (:w2 = '%' OR " + SEARCHED + " LIKE :w2 ESCAPE '!')"
            + " AND (:w3 = '%' OR " + SEARCHED + " LIKE :w3 ESCAPE '!')"
            + " AND (:w4 = '%' OR " + SEARCHED + " LIKE :w4 ESCAPE '!')"
            + " AND (:w5 = '%' OR " + SEARCHED + " LIKE :w5 ESCAPE '!')"
            + NEWEST_FIRST + " LIMIT :limit) e " + FIRST_SOURCE + NEWEST_FIRST)
    List<Event> matching(@Bind("w0") String w0, @Bind("w1") String w1, @Bind("w2") String w2,
                         @Bind("w3") String w3, @Bind("w4") String w4, @Bind("w5") String w5,
                         @Bind("limit") int limit);

    @SqlQuery("SELECT url, name FROM event_source WHERE event_id = :id ORDER BY position")
    List<Source> sources(@Bind("id") String eventId);

    @SqlQuery("""
            SELECT (SELECT COUNT(*) FROM event) AS events,
                   (SELECT COUNT(*) FROM quote) AS quotes,
                   (SELECT COUNT(DISTINCT url) FROM (SELECT url FROM event_source
                                                     UNION SELECT source_url FROM quote)) AS sources,
                   (SELECT COUNT(DISTINCT name) FROM (SELECT name FROM event_source
                                                      UNION SELECT source_name FROM quote)) AS publishers,
                   (SELECT COUNT(*) FROM person) AS people,
                   (SELECT COUNT(*) FROM topic) AS topics,
                   (SELECT MIN(event_date) FROM event) AS first_event,
                   (SELECT MAX(event_date) FROM event) AS last_event,
                   (SELECT MIN(d) FROM (SELECT event_date d FROM event UNION ALL SELECT quote_date FROM quote)) AS first_item,
                   (SELECT MAX(d) FROM (SELECT event_date d FROM event UNION ALL SELECT quote_date FROM quote)) AS last_item
            """)
    StoreCounts counts();
}
