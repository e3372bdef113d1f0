package org.talksbot.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads people and the names they answer to. */
@RegisterConstructorMapper(Person.class)
@RegisterConstructorMapper(Alias.class)
public interface PersonQueries {

    @SqlQuery("SELECT id, name, kind, role, country FROM person WHERE id = :id")
    Optional<Person> byId(@Bind("id") String id);

    /** The person whose stored (lower-case) alias is exactly {@code alias}. */
    @SqlQuery("""
            SELECT p.id, p.name, p.kind, p.role, p.country FROM person_alias a JOIN person p ON p.id = a.person_id
             WHERE a.alias = :alias ORDER BY p.id LIMIT 1
            """)
    Optional<Person> byAlias(@Bind("alias") String alias);

    /** People of kind {@code person} first, then by how many quotes and events they have. */
    @SqlQuery("""
            SELECT p.id, p.name, p.kind, p.role, p.country FROM person p
              LEFT JOIN (SELECT person_id, COUNT(*) AS n FROM quote GROUP BY person_id) q ON q.person_id = p.id
              LEFT JOIN (SELECT person_id, COUNT(*) AS n FROM event_person GROUP BY person_id) e ON e.person_id = p.id
             ORDER BY CASE WHEN p.kind = 'person' THEN 0 ELSE 1 END,
                      COALESCE(q.n, 0) + COALESCE(e.n, 0) DESC, p.name, p.id
             LIMIT :limit
            """)
    List<Person> mostActive(@Bind("limit") int limit);

    @SqlQuery("""
            SELECT p.id, p.name, p.kind, p.role, p.country FROM event_person ep JOIN person p ON p.id = ep.person_id
             WHERE ep.event_id = :eventId ORDER BY p.name
            """)
    List<Person> byEvent(@Bind("eventId") String eventId);

    @SqlQuery("SELECT COUNT(*) FROM quote WHERE person_id = :id")
    int quoteCount(@Bind("id") String id);

    @SqlQuery("SELECT COUNT(*) FROM event_person WHERE person_id = :id")
    int eventCount(@Bind("id") String id);

    /** The date of the newest quote given with this role, which dates the role: "as of" that day. */
    @SqlQuery("SELECT MAX(quote_date) FROM quote WHERE person_id = :id AND speaker_role = :role")
    Optional<java.time.LocalDate> roleDate(@Bind("id") String id, @Bind("role") String role);

    /** Every id, display name and alias, so names can be matched loosely in memory. */
    @SqlQuery("""
            SELECT id AS owner_id, id AS alias FROM person
            UNION ALL SELECT id, name FROM person
            UNION ALL SELECT person_id, alias FROM person_alias
            """)
    List<Alias> names();
}
