package org.talksbot.notify;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Request;
import org.talksbot.curate.ImportReport;
import org.talksbot.i18n.ChatLanguages;
import org.talksbot.i18n.Language;
import org.talksbot.store.Database;

/** A small store for notify tests: two topics, three people, and helpers that import items. */
final class StoreFixture {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    final Jdbi jdbi = Database.inMemory("notify" + DATABASES.incrementAndGet());

    StoreFixture() {
        jdbi.useHandle(h -> {
            topic(h, "lachin-corridor", "Lachin corridor", "lachin", true, "lachin", "berdzor");
            topic(h, "border-delimitation", "Border delimitation", "border", true, "delimitation");
            topic(h, "mediation-us", "US mediation", null, false, "us mediation");
            person(h, "antony-blinken", "Antony Blinken", "blinken", "secretary blinken");
            person(h, "nikol-pashinyan", "Nikol Pashinyan", "pashinyan");
            person(h, "ilham-aliyev", "Ilham Aliyev", "aliyev");
        });
    }

    static void topic(Handle h, String id, String name, String command, boolean main, String... aliases) {
        h.execute("INSERT INTO topic (id, name, command, main) VALUES (?, ?, ?, ?)", id, name, command, main);
        for (String alias : aliases) {
            h.execute("INSERT INTO topic_alias (topic_id, alias) VALUES (?, ?)", id, alias);
        }
    }

    static void person(Handle h, String id, String name, String... aliases) {
        h.execute("INSERT INTO person (id, name, kind) VALUES (?, ?, 'person')", id, name);
        for (String alias : aliases) {
            h.execute("INSERT INTO person_alias (person_id, alias) VALUES (?, ?)", id, alias);
        }
    }

    /** Adds an event as an import would, telling the listener in the same transaction. */
    void importEvent(OutboxWriter writer, String id, String title, List<String> topics, List<String> people) {
        jdbi.useTransaction(h -> {
            h.execute("INSERT INTO event (id, event_date, date_precision, title, summary) "
                    + "VALUES (?, DATE '2023-03-20', 'day', ?, 'Summary.')", id, title);
            h.execute("INSERT INTO event_source (event_id, position, url, name) VALUES (?, 0, ?, 'Asbarez')",
                    id, "https://asbarez.com/" + id);
            topics.forEach(t -> h.execute("INSERT INTO event_topic (event_id, topic_id) VALUES (?, ?)", id, t));
            people.forEach(p -> h.execute("INSERT INTO event_person (event_id, person_id) VALUES (?, ?)", id, p));
            writer.imported(h, events(List.of(id), List.of(), List.of()));
        });
    }

    /** Adds a quote as an import would. */
    void importQuote(OutboxWriter writer, String id, String speaker, String text, List<String> topics) {
        jdbi.useTransaction(h -> {
            h.execute("""
                    INSERT INTO quote (id, quote_date, date_precision, person_id, speaker_role, text,
                                       source_url, source_name)
                    VALUES (?, DATE '2023-03-20', 'day', ?, 'Minister', ?, ?, 'Asbarez')""",
                    id, speaker, text, "https://asbarez.com/" + id);
            topics.forEach(t -> h.execute("INSERT INTO quote_topic (quote_id, topic_id) VALUES (?, ?)", id, t));
            writer.imported(h, new ImportReport(ImportReport.Changes.NONE,
                    new ImportReport.Changes(List.of(id), List.of(), List.of()), 0));
        });
    }

    /** Changes an event's title as an import would; {@code correction} as the curator marked it. */
    void editEvent(OutboxWriter writer, String id, String title, boolean correction) {
        jdbi.useTransaction(h -> {
            h.execute("UPDATE event SET title = ? WHERE id = ?", title, id);
            writer.imported(h, events(List.of(), List.of(id), correction ? List.of(id) : List.of()));
        });
    }

    static ImportReport events(List<String> added, List<String> changed, List<String> corrected) {
        return new ImportReport(new ImportReport.Changes(added, changed, corrected), ImportReport.Changes.NONE, 0);
    }

    int count(String sql, Object... args) {
        return jdbi.withHandle(h -> h.select(sql, args).mapTo(Integer.class).one());
    }

    /** Gives an event or topic the curators' Russian and Armenian versions, as an import of those fields would. */
    void translateEvent(String id, String russian, String armenian) {
        jdbi.useHandle(h -> h.execute("UPDATE event SET title_ru = ?, title_hy = ? WHERE id = ?", russian, armenian, id));
    }

    void translateTopic(String id, String russian, String armenian) {
        jdbi.useHandle(h -> h.execute("UPDATE topic SET name_ru = ?, name_hy = ? WHERE id = ?", russian, armenian, id));
    }

    /** Stores the chat's language as /language would (creating the chat if the bot never saw it). */
    void speaks(long chatId, Language language) {
        new ChatLanguages(jdbi).set(chatId, chatId < 0, language);
    }

    static Request privateChat(long chatId, String text) {
        return Request.privateMessage(chatId, text);
    }

    static Request group(long chatId, long userId, String text) {
        return new Request(chatId, userId, "en", text, Request.ChatType.GROUP, Request.Origin.MESSAGE);
    }
}
