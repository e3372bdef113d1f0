package org.talksbot.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.talksbot.core.Request;
import org.talksbot.store.Database;

/**
 * Not a test: times every command on a store 100 times the curated size (6,300 events, 9,000 quotes,
 * 8,000 people, 2,200 topics). After {@code mvn -o test-compile}, run its main with the test classpath
 * (from an IDE, or {@code java -cp target/classes:target/test-classes:<dependencies> org.talksbot.ask.AnswerBenchmark}).
 */
public final class AnswerBenchmark {

    private static final int EVENTS = 6_300;
    private static final int QUOTES = 9_000;
    private static final int PEOPLE = 8_000;
    private static final int TOPICS = 2_200;

    private AnswerBenchmark() {
    }

    public static void main(String[] args) {
        Jdbi jdbi = Database.inMemory("benchmark");
        fill(jdbi);
        CommandRouter router = CommandRouter.create(jdbi);
        List<String> commands = List.of("/latest", "/latest 20 @100", "/who person 17", "/who persn 17", "/who",
                "/topic0", "/topic topic 5", "/topics", "/timeline 2023", "/timeline", "/quotes person 3 topic 2",
                "/quotes", "/search agreement border", "/event event-100", "/sources", "/help", "/start", "/nope");
        for (String command : commands) {
            long[] nanos = new long[200];
            for (int i = 0; i < 50; i++) {
                router.answer(Request.privateMessage(1, command));
            }
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                router.answer(Request.privateMessage(1, command));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("%-28s p50 %6.2f ms  p99 %6.2f ms%n", command,
                    nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
        }
    }

    static void fill(Jdbi jdbi) {
        jdbi.useTransaction(h -> {
            PreparedBatch people = h.prepareBatch("INSERT INTO person(id, name, kind, role) VALUES (?, ?, 'person', 'Role')");
            PreparedBatch aliases = h.prepareBatch("INSERT INTO person_alias(person_id, alias) VALUES (?, ?)");
            for (int i = 0; i < PEOPLE; i++) {
                people.add("person-" + i, "Person " + i);
                aliases.add("person-" + i, "person " + i);
                aliases.add("person-" + i, "surname" + i);
            }
            people.execute();
            aliases.execute();
            PreparedBatch topics = h.prepareBatch("INSERT INTO topic(id, name, command, main) VALUES (?, ?, ?, ?)");
            PreparedBatch topicAliases = h.prepareBatch("INSERT INTO topic_alias(topic_id, alias) VALUES (?, ?)");
            for (int i = 0; i < TOPICS; i++) {
                topics.add("topic-" + i, "Topic " + i, "topic" + i, i < 20);
                topicAliases.add("topic-" + i, "topic " + i);
            }
            topics.execute();
            topicAliases.execute();
            PreparedBatch events = h.prepareBatch("INSERT INTO event VALUES (?, ?, 'day', ?, ?, 'Somewhere')");
            PreparedBatch sources = h.prepareBatch("INSERT INTO event_source VALUES (?, ?, ?, 'Publisher')");
            PreparedBatch eventPeople = h.prepareBatch("INSERT INTO event_person VALUES (?, ?)");
            PreparedBatch eventTopics = h.prepareBatch("INSERT INTO event_topic VALUES (?, ?)");
            LocalDate start = LocalDate.of(2020, 11, 10);
            for (int i = 0; i < EVENTS; i++) {
                String id = "event-" + i;
                events.add(id, start.plusDays(i % 1900), "Title of event " + i,
                        "A summary about the border and an agreement number " + i + ". More text follows here.");
                sources.add(id, 0, "https://example.org/" + i);
                sources.add(id, 1, "https://example.net/" + i);
                eventPeople.add(id, "person-" + (i % 100));
                eventTopics.add(id, "topic-" + (i % 50));
            }
            events.execute();
            sources.execute();
            eventPeople.execute();
            eventTopics.execute();
            PreparedBatch quotes = h.prepareBatch(
                    "INSERT INTO quote VALUES (?, ?, 'day', ?, 'Role', ?, NULL, ?, 'https://example.org/q', 'Publisher')");
            PreparedBatch quoteTopics = h.prepareBatch("INSERT INTO quote_topic VALUES (?, ?)");
            for (int i = 0; i < QUOTES; i++) {
                quotes.add("q-" + i, start.plusDays(i % 1900), "person-" + (i % 100),
                        "We said something about peace, number " + i + ".", "event-" + (i % EVENTS));
                quoteTopics.add("q-" + i, "topic-" + (i % 50));
            }
            quotes.execute();
            quoteTopics.execute();
        });
    }
}
