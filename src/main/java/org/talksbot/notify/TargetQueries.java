package org.talksbot.notify;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the topics and people that chats can follow, with every name they go by. */
@RegisterConstructorMapper(TargetQueries.Named.class)
@RegisterConstructorMapper(TargetQueries.Alias.class)
public interface TargetQueries {

    record Named(String id, String name, String command) {
    }

    record Alias(String ownerId, String alias) {
    }

    @SqlQuery("SELECT id, name, command FROM topic ORDER BY name")
    List<Named> topics();

    @SqlQuery("SELECT topic_id AS owner_id, alias FROM topic_alias")
    List<Alias> topicAliases();

    @SqlQuery("SELECT id, name, CAST(NULL AS VARCHAR) AS command FROM person ORDER BY name")
    List<Named> people();

    @SqlQuery("SELECT person_id AS owner_id, alias FROM person_alias")
    List<Alias> personAliases();

    @SqlQuery("SELECT id, name, command FROM topic WHERE main ORDER BY name")
    List<Named> mainTopics();

    /** The people (not institutions) who appear in the most events and quotes. */
    @SqlQuery("""
            SELECT p.id, p.name, CAST(NULL AS VARCHAR) AS command FROM person p
            LEFT JOIN (SELECT person_id, COUNT(*) AS n FROM event_person GROUP BY person_id) e ON e.person_id = p.id
            LEFT JOIN (SELECT person_id, COUNT(*) AS n FROM quote GROUP BY person_id) q ON q.person_id = p.id
            WHERE p.kind = 'person' AND COALESCE(e.n, 0) + COALESCE(q.n, 0) > 0
            ORDER BY COALESCE(e.n, 0) + COALESCE(q.n, 0) DESC, p.name
            LIMIT :limit""")
    List<Named> mainPeople(@Bind("limit") int limit);
}
