package org.talksbot.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads topics and the names they answer to; main topics first. */
@RegisterConstructorMapper(Topic.class)
@RegisterConstructorMapper(Alias.class)
public interface TopicQueries {

    @SqlQuery("SELECT id, name, command, main, background, name_ru, name_hy FROM topic ORDER BY main DESC, name")
    List<Topic> all();

    @SqlQuery("SELECT id, name, command, main, background, name_ru, name_hy FROM topic WHERE id = :id")
    Optional<Topic> byId(@Bind("id") String id);

    @SqlQuery("""
            SELECT t.id, t.name, t.command, t.main, t.background, t.name_ru, t.name_hy
              FROM topic_alias a JOIN topic t ON t.id = a.topic_id
             WHERE a.alias = :alias ORDER BY t.id LIMIT 1
            """)
    Optional<Topic> byAlias(@Bind("alias") String alias);

    @SqlQuery("""
            SELECT t.id, t.name, t.command, t.main, t.background, t.name_ru, t.name_hy
              FROM event_topic et JOIN topic t ON t.id = et.topic_id
             WHERE et.event_id = :eventId ORDER BY t.main DESC, t.name
            """)
    List<Topic> byEvent(@Bind("eventId") String eventId);

    /** Every id, display name (translations included), command and alias, so names can be matched loosely in memory. */
    @SqlQuery("""
            SELECT id AS owner_id, id AS alias FROM topic
            UNION ALL SELECT id, name FROM topic
            UNION ALL SELECT id, name_ru FROM topic WHERE name_ru IS NOT NULL
            UNION ALL SELECT id, name_hy FROM topic WHERE name_hy IS NOT NULL
            UNION ALL SELECT id, command FROM topic WHERE command IS NOT NULL
            UNION ALL SELECT topic_id, alias FROM topic_alias
            """)
    List<Alias> names();
}
