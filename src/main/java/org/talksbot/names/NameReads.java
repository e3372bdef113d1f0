package org.talksbot.names;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Every name in the store, for building a {@link NameIndex}. */
@RegisterConstructorMapper(NameReads.Row.class)
@RegisterConstructorMapper(NameReads.Alias.class)
interface NameReads {

    record Row(String id, String name, String kind) {
    }

    record Alias(String ownerId, String alias) {
    }

    @SqlQuery("SELECT id, name, kind FROM person ORDER BY id")
    List<Row> people();

    @SqlQuery("SELECT person_id AS owner_id, alias FROM person_alias ORDER BY person_id, alias")
    List<Alias> personAliases();

    /** {@code kind} carries the shortcut command (null when none). */
    @SqlQuery("SELECT id, name, command AS kind FROM topic ORDER BY id")
    List<Row> topics();

    @SqlQuery("SELECT topic_id AS owner_id, alias FROM topic_alias ORDER BY topic_id, alias")
    List<Alias> topicAliases();

    @SqlQuery("SELECT id, name, NULL AS kind FROM place ORDER BY id")
    List<Row> places();

    @SqlQuery("SELECT place_id AS owner_id, name AS alias FROM place_name ORDER BY place_id, name")
    List<Alias> placeNames();
}
