package org.talksbot.curate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of an import: what is stored now, and the upserts that replace one item and its links. */
interface CurationSql {

    record PersonRow(String id, String name, String kind, String role, String country) {
    }

    record TopicRow(String id, String name, String nameRu, String nameHy, String command, boolean main,
                    String background) {
    }

    record EventRow(String id, LocalDate eventDate, String datePrecision, String title, String titleRu,
                    String titleHy, String summary, String place) {
    }

    record QuoteRow(String id, LocalDate quoteDate, String datePrecision, String personId, String speakerRole,
                    String text, String context, String eventId, String sourceUrl, String sourceName) {
    }

    record OwnedName(String owner, String name) {
    }

    record SourceRow(String url, String name) {
    }

    record PlaceNameRow(String name, String usage) {
    }

    // what imported items may refer to or collide with

    @SqlQuery("SELECT id AS owner, 'person' AS name FROM person UNION ALL SELECT id, 'topic' FROM topic "
            + "UNION ALL SELECT id, 'place' FROM place UNION ALL SELECT id, 'event' FROM event "
            + "UNION ALL SELECT id, 'quote' FROM quote")
    @RegisterConstructorMapper(OwnedName.class)
    List<OwnedName> idKinds();

    @SqlQuery("SELECT person_id AS owner, alias AS name FROM person_alias "
            + "UNION ALL SELECT topic_id, alias FROM topic_alias")
    @RegisterConstructorMapper(OwnedName.class)
    List<OwnedName> aliases();

    @SqlQuery("SELECT id AS owner, command AS name FROM topic WHERE command IS NOT NULL")
    @RegisterConstructorMapper(OwnedName.class)
    List<OwnedName> topicCommands();

    // people

    @SqlQuery("SELECT id, name, kind, role, country FROM person WHERE id = :id")
    @RegisterConstructorMapper(PersonRow.class)
    Optional<PersonRow> person(@Bind("id") String id);

    @SqlQuery("SELECT alias FROM person_alias WHERE person_id = :id")
    List<String> personAliases(@Bind("id") String id);

    @SqlUpdate("MERGE INTO person (id, name, kind, role, country) KEY (id) VALUES (:id, :name, :kind, :role, :country)")
    void mergePerson(@Bind("id") String id, @Bind("name") String name, @Bind("kind") String kind,
                     @Bind("role") String role, @Bind("country") String country);

    @SqlUpdate("DELETE FROM person_alias WHERE person_id = :id")
    void deletePersonAliases(@Bind("id") String id);

    @SqlUpdate("INSERT INTO person_alias (person_id, alias) VALUES (:id, :alias)")
    void insertPersonAlias(@Bind("id") String id, @Bind("alias") String alias);

    // topics

    @SqlQuery("SELECT id, name, name_ru, name_hy, command, main, background FROM topic WHERE id = :id")
    @RegisterConstructorMapper(TopicRow.class)
    Optional<TopicRow> topic(@Bind("id") String id);

    @SqlQuery("SELECT alias FROM topic_alias WHERE topic_id = :id")
    List<String> topicAliases(@Bind("id") String id);

    @SqlUpdate("MERGE INTO topic (id, name, name_ru, name_hy, command, main, background) KEY (id) "
            + "VALUES (:id, :name, :nameRu, :nameHy, :command, :main, :background)")
    void mergeTopic(@Bind("id") String id, @Bind("name") String name, @Bind("nameRu") String nameRu,
                    @Bind("nameHy") String nameHy, @Bind("command") String command,
                    @Bind("main") boolean main, @Bind("background") String background);

    @SqlUpdate("DELETE FROM topic_alias WHERE topic_id = :id")
    void deleteTopicAliases(@Bind("id") String id);

    @SqlUpdate("INSERT INTO topic_alias (topic_id, alias) VALUES (:id, :alias)")
    void insertTopicAlias(@Bind("id") String id, @Bind("alias") String alias);

    // places

    @SqlQuery("SELECT name FROM place WHERE id = :id")
    Optional<String> placeName(@Bind("id") String id);

    @SqlQuery("SELECT name, usage FROM place_name WHERE place_id = :id")
    @RegisterConstructorMapper(PlaceNameRow.class)
    List<PlaceNameRow> placeOtherNames(@Bind("id") String id);

    @SqlUpdate("MERGE INTO place (id, name) KEY (id) VALUES (:id, :name)")
    void mergePlace(@Bind("id") String id, @Bind("name") String name);

    @SqlUpdate("DELETE FROM place_name WHERE place_id = :id")
    void deletePlaceNames(@Bind("id") String id);

    @SqlUpdate("INSERT INTO place_name (place_id, name, usage) VALUES (:id, :name, :usage)")
    void insertPlaceName(@Bind("id") String id, @Bind("name") String name, @Bind("usage") String usage);

    // events

    @SqlQuery("SELECT id, event_date, date_precision, title, title_ru, title_hy, summary, place FROM event "
            + "WHERE id = :id")
    @RegisterConstructorMapper(EventRow.class)
    Optional<EventRow> event(@Bind("id") String id);

    @SqlQuery("SELECT url, name FROM event_source WHERE event_id = :id ORDER BY position")
    @RegisterConstructorMapper(SourceRow.class)
    List<SourceRow> eventSources(@Bind("id") String id);

    @SqlQuery("SELECT person_id FROM event_person WHERE event_id = :id")
    List<String> eventPeople(@Bind("id") String id);

    @SqlQuery("SELECT topic_id FROM event_topic WHERE event_id = :id")
    List<String> eventTopics(@Bind("id") String id);

    @SqlUpdate("MERGE INTO event (id, event_date, date_precision, title, title_ru, title_hy, summary, place) KEY (id) "
            + "VALUES (:id, :date, :precision, :title, :titleRu, :titleHy, :summary, :place)")
    void mergeEvent(@Bind("id") String id, @Bind("date") LocalDate date, @Bind("precision") String precision,
                    @Bind("title") String title, @Bind("titleRu") String titleRu, @Bind("titleHy") String titleHy,
                    @Bind("summary") String summary, @Bind("place") String place);

    @SqlUpdate("DELETE FROM event_source WHERE event_id = :id")
    void deleteEventSources(@Bind("id") String id);

    @SqlUpdate("INSERT INTO event_source (event_id, position, url, name) VALUES (:id, :position, :url, :name)")
    void insertEventSource(@Bind("id") String id, @Bind("position") int position, @Bind("url") String url,
                           @Bind("name") String name);

    @SqlUpdate("DELETE FROM event_person WHERE event_id = :id")
    void deleteEventPeople(@Bind("id") String id);

    @SqlUpdate("INSERT INTO event_person (event_id, person_id) VALUES (:id, :personId)")
    void insertEventPerson(@Bind("id") String id, @Bind("personId") String personId);

    @SqlUpdate("DELETE FROM event_topic WHERE event_id = :id")
    void deleteEventTopics(@Bind("id") String id);

    @SqlUpdate("INSERT INTO event_topic (event_id, topic_id) VALUES (:id, :topicId)")
    void insertEventTopic(@Bind("id") String id, @Bind("topicId") String topicId);

    // quotes

    @SqlQuery("SELECT id, quote_date, date_precision, person_id, speaker_role, text, context, event_id, "
            + "source_url, source_name FROM quote WHERE id = :id")
    @RegisterConstructorMapper(QuoteRow.class)
    Optional<QuoteRow> quote(@Bind("id") String id);

    @SqlQuery("SELECT topic_id FROM quote_topic WHERE quote_id = :id")
    List<String> quoteTopics(@Bind("id") String id);

    @SqlUpdate("MERGE INTO quote (id, quote_date, date_precision, person_id, speaker_role, text, context, event_id, "
            + "source_url, source_name) KEY (id) VALUES (:id, :date, :precision, :personId, :speakerRole, :text, "
            + ":context, :eventId, :sourceUrl, :sourceName)")
    void mergeQuote(@Bind("id") String id, @Bind("date") LocalDate date, @Bind("precision") String precision,
                    @Bind("personId") String personId, @Bind("speakerRole") String speakerRole,
                    @Bind("text") String text, @Bind("context") String context, @Bind("eventId") String eventId,
                    @Bind("sourceUrl") String sourceUrl, @Bind("sourceName") String sourceName);

    @SqlUpdate("DELETE FROM quote_topic WHERE quote_id = :id")
    void deleteQuoteTopics(@Bind("id") String id);

    @SqlUpdate("INSERT INTO quote_topic (quote_id, topic_id) VALUES (:id, :topicId)")
    void insertQuoteTopic(@Bind("id") String id, @Bind("topicId") String topicId);

    @SqlUpdate("UPDATE store_revision SET revision = revision + 1, updated_at = CURRENT_TIMESTAMP WHERE id = 1")
    void incrementRevision();
}
