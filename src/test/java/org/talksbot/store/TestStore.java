package org.talksbot.store;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;

/** Builds small stores for tests: a fresh in-memory H2 database and methods that insert rows. */
public final class TestStore {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Jdbi jdbi;

    private TestStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public static TestStore empty() {
        return new TestStore(Database.inMemory("test-" + NEXT.incrementAndGet()));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public TestStore person(String id, String name, String kind, String role, String... aliases) {
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO person(id, name, kind, role) VALUES (?, ?, ?, ?)", id, name, kind, role);
            for (String alias : aliases) {
                h.execute("INSERT INTO person_alias(person_id, alias) VALUES (?, ?)", id, alias);
            }
        });
        return this;
    }

    public TestStore topic(String id, String name, String command, boolean main, String background,
                           String... aliases) {
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO topic(id, name, command, main, background) VALUES (?, ?, ?, ?, ?)",
                    id, name, command, main, background);
            for (String alias : aliases) {
                h.execute("INSERT INTO topic_alias(topic_id, alias) VALUES (?, ?)", id, alias);
            }
        });
        return this;
    }

    /** An event; {@code date} in any EventDate form; sources as alternating name, url. */
    public TestStore event(String id, String date, String title, String summary, String place,
                           List<String> people, List<String> topics, String... sourceNameUrl) {
        EventDate d = EventDate.parse(date);
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO event(id, event_date, date_precision, title, summary, place) VALUES (?, ?, ?, ?, ?, ?)",
                    id, d.date(), d.precision().name().toLowerCase(), title, summary, place);
            for (int i = 0; i < sourceNameUrl.length; i += 2) {
                h.execute("INSERT INTO event_source(event_id, position, url, name) VALUES (?, ?, ?, ?)",
                        id, i / 2, sourceNameUrl[i + 1], sourceNameUrl[i]);
            }
            people.forEach(p -> h.execute("INSERT INTO event_person(event_id, person_id) VALUES (?, ?)", id, p));
            topics.forEach(t -> h.execute("INSERT INTO event_topic(event_id, topic_id) VALUES (?, ?)", id, t));
        });
        return this;
    }

    /** Russian and Armenian titles for an event already added; null leaves a language untranslated. */
    public TestStore eventTitles(String id, String russian, String armenian) {
        jdbi.useHandle(h -> h.execute("UPDATE event SET title_ru = ?, title_hy = ? WHERE id = ?", russian, armenian, id));
        return this;
    }

    /** Russian and Armenian names for a topic already added; null leaves a language untranslated. */
    public TestStore topicNames(String id, String russian, String armenian) {
        jdbi.useHandle(h -> h.execute("UPDATE topic SET name_ru = ?, name_hy = ? WHERE id = ?", russian, armenian, id));
        return this;
    }

    /** A simple dated event with one source, for paging. */
    public TestStore event(String id, String date, String title, List<String> topics) {
        return event(id, date, title, "Summary of " + title + ".", null, List.of(), topics,
                "Asbarez", "https://asbarez.com/" + id);
    }

    public TestStore quote(String id, String date, String speaker, String role, String text, String context,
                           String eventId, List<String> topics, String sourceName, String sourceUrl) {
        EventDate d = EventDate.parse(date);
        jdbi.useHandle(h -> {
            h.execute("""
                    INSERT INTO quote(id, quote_date, date_precision, person_id, speaker_role, text, context, event_id,
                                      source_url, source_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, d.date(), d.precision().name().toLowerCase(), speaker, role, text, context, eventId,
                    sourceUrl, sourceName);
            topics.forEach(t -> h.execute("INSERT INTO quote_topic(quote_id, topic_id) VALUES (?, ?)", id, t));
        });
        return this;
    }

    /**
     * The shared fixture: three people (one with several aliases) and an organisation, three topics
     * (lachin-corridor has the shortcut /lachin), 24 weekly events in 2023 for paging, a month-precision
     * event, HTML special characters in a title and in a quote, an event with two sources, 7 quotes.
     */
    public static TestStore standard() {
        TestStore s = empty()
                .person("antony-blinken", "Antony Blinken", "person", "U.S. Secretary of State",
                        "blinken", "antony blinken", "secretary blinken")
                .person("nikol-pashinyan", "Nikol Pashinyan", "person", "Prime Minister of Armenia",
                        "pashinyan", "nikol pashinyan")
                .person("ilham-aliyev", "Ilham Aliyev", "person", "President of Azerbaijan", "aliyev", "ilham aliyev")
                .person("european-union", "European Union", "organisation", null, "eu", "european union")
                .topic("lachin-corridor", "Lachin corridor", "lachin", true,
                        "The road linking Armenia & Karabakh <via Lachin>.", "lachin", "lachin corridor", "berdzor")
                .topic("border-delimitation", "Border delimitation", "border", false,
                        "Marking the state border.", "border", "delimitation")
                .topic("mediation-us", "U.S. mediation", null, false, null, "us mediation");
        LocalDate start = LocalDate.of(2023, 1, 2);
        for (int i = 0; i < 24; i++) {
            String date = start.plusWeeks(i).toString();
            s.event("e-" + date + "-meeting-" + i, date, "Meeting number " + i, List.of());
        }
        s.event("2022-12-border-commission", "2022-12", "Border commissions meet",
                "The two border commissions met. Details were not published.", "Brussels",
                List.of("nikol-pashinyan", "ilham-aliyev"), List.of("border-delimitation"),
                "Reuters", "https://reuters.com/border");
        s.event("2023-07-10-blinken-talks", "2023-07-10", "Talks on <b>Lachin</b> & trade",
                "Blinken hosted the foreign ministers in Washington. They discussed the Lachin corridor and trade.",
                "Washington", List.of("antony-blinken"), List.of("lachin-corridor", "mediation-us"),
                "U.S. State Department", "https://state.gov/talks?a=1&b=2", "Asbarez", "https://asbarez.com/talks");
        s.quote("q-2023-07-10-blinken", "2023-07-10", "antony-blinken", "U.S. Secretary of State",
                "Peace is within reach <b>now</b> & we must seize it.", "Press remarks after the talks",
                "2023-07-10-blinken-talks", List.of("lachin-corridor"), "State Department", "https://state.gov/q1");
        for (int i = 1; i <= 6; i++) {
            s.quote("q-2023-0" + i + "-15-pashinyan", "2023-0" + i + "-15", "nikol-pashinyan",
                    "Prime Minister of Armenia", "Statement number " + i + " on the Lachin corridor.", null, null,
                    List.of("lachin-corridor"), "Armenpress", "https://armenpress.am/q" + i);
        }
        return s;
    }
}
