package org.talksbot.search;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.talksbot.store.Event;
import org.talksbot.store.Person;
import org.talksbot.store.Quote;
import org.talksbot.store.Topic;

/** The read queries the search index and the question reader are built from. */
public interface SearchReads {

    /** A link between an item and a person or topic, or an alias or other name of one. */
    record Pair(String owner, String target) {
    }

    /** A place and one of its names (the main name included). */
    record PlaceName(String placeId, String placeName, String name) {
    }

    @SqlQuery("""
            SELECT e.id, e.event_date, UPPER(e.date_precision) AS date_precision, e.title, e.summary, e.place,
                   s.url AS source_url, s.name AS source_name, e.title_ru, e.title_hy
            FROM event e
            LEFT JOIN event_source s ON s.event_id = e.id
                 AND s.position = (SELECT MIN(position) FROM event_source WHERE event_id = e.id)""")
    @RegisterConstructorMapper(Event.class)
    List<Event> events();

    @SqlQuery("""
            SELECT q.id, q.quote_date, UPPER(q.date_precision) AS date_precision, q.person_id, p.name AS speaker,
                   q.speaker_role, q.text, q.context, q.event_id, q.source_url, q.source_name
            FROM quote q JOIN person p ON p.id = q.person_id""")
    @RegisterConstructorMapper(Quote.class)
    List<Quote> quotes();

    @SqlQuery("SELECT id, name, kind, role, country FROM person")
    @RegisterConstructorMapper(Person.class)
    List<Person> people();

    @SqlQuery("SELECT id, name, command, main, background, name_ru, name_hy FROM topic")
    @RegisterConstructorMapper(Topic.class)
    List<Topic> topics();

    @SqlQuery("SELECT person_id AS owner, alias AS target FROM person_alias")
    @RegisterConstructorMapper(Pair.class)
    List<Pair> personAliases();

    @SqlQuery("SELECT topic_id AS owner, alias AS target FROM topic_alias")
    @RegisterConstructorMapper(Pair.class)
    List<Pair> topicAliases();

    @SqlQuery("""
            SELECT p.id AS place_id, p.name AS place_name, p.name AS name FROM place p
            UNION
            SELECT n.place_id, p.name, n.name FROM place_name n JOIN place p ON p.id = n.place_id""")
    @RegisterConstructorMapper(PlaceName.class)
    List<PlaceName> placeNames();

    @SqlQuery("SELECT event_id AS owner, person_id AS target FROM event_person")
    @RegisterConstructorMapper(Pair.class)
    List<Pair> eventPeople();

    @SqlQuery("SELECT event_id AS owner, topic_id AS target FROM event_topic")
    @RegisterConstructorMapper(Pair.class)
    List<Pair> eventTopics();

    @SqlQuery("SELECT quote_id AS owner, topic_id AS target FROM quote_topic")
    @RegisterConstructorMapper(Pair.class)
    List<Pair> quoteTopics();
}
