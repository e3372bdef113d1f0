package org.talksbot.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.talksbot.curate.Curator;
import org.talksbot.store.Database;

/**
 * The stores every benchmark runs against: the real curated data (1×) and the same data a hundred
 * times over (100×), both in memory and never written back to db/curated.
 */
public final class BenchmarkStores {

    /** "Now" for the benchmarks: after the newest curated item, as in the answer tests. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
    public static final Path CURATED = Path.of("db/curated");
    private static final int COPIES = 99;

    private BenchmarkStores() {
    }

    /** The curated data as the bot imports it. */
    public static Jdbi curated() {
        Jdbi jdbi = Database.inMemory("bench-1x");
        new Curator(jdbi).importPath(CURATED);
        return jdbi;
    }

    /**
     * The curated data plus 99 copies of every event and quote (with sources, people, topics and
     * quote–event links) under new ids, each copy moved back by a whole number of months so the copies
     * spread over the years before and inside the curated span; people, topics, places and aliases stay
     * as they are, so name lookups, topic pages and search behave as with the real data.
     */
    public static Jdbi hundredfold() {
        Jdbi jdbi = Database.inMemory("bench-100x");
        new Curator(jdbi).importPath(CURATED);
        jdbi.useTransaction(h -> {
            for (int k = 1; k <= COPIES; k++) {
                copy(h, "-copy" + k, (k * 7) % 61);
            }
        });
        return jdbi;
    }

    private static void copy(Handle h, String suffix, int monthsBack) {
        h.createUpdate("INSERT INTO event SELECT id || :s, DATEADD(MONTH, -:m, event_date), date_precision, "
                + "title, summary, place FROM event WHERE id NOT LIKE '%-copy%'")
                .bind("s", suffix).bind("m", monthsBack).execute();
        h.createUpdate("INSERT INTO event_source SELECT event_id || :s, position, url, name FROM event_source "
                + "WHERE event_id NOT LIKE '%-copy%'").bind("s", suffix).execute();
        h.createUpdate("INSERT INTO event_person SELECT event_id || :s, person_id FROM event_person "
                + "WHERE event_id NOT LIKE '%-copy%'").bind("s", suffix).execute();
        h.createUpdate("INSERT INTO event_topic SELECT event_id || :s, topic_id FROM event_topic "
                + "WHERE event_id NOT LIKE '%-copy%'").bind("s", suffix).execute();
        h.createUpdate("INSERT INTO quote SELECT id || :s, DATEADD(MONTH, -:m, quote_date), date_precision, "
                + "person_id, speaker_role, text, context, CASE WHEN event_id IS NULL THEN NULL "
                + "ELSE event_id || :s END, source_url, source_name FROM quote WHERE id NOT LIKE '%-copy%'")
                .bind("s", suffix).bind("m", monthsBack).execute();
        h.createUpdate("INSERT INTO quote_topic SELECT quote_id || :s, topic_id FROM quote_topic "
                + "WHERE quote_id NOT LIKE '%-copy%'").bind("s", suffix).execute();
    }

    /** How many rows a table has, for the benchmark headers. */
    public static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM <t>")
                .setTemplateEngine(new DefinedAttributeTemplateEngine()).define("t", table)
                .mapTo(Long.class).one());
    }

    /** "6300 events, 9000 quotes, 80 people, 22 topics". */
    public static String describe(Jdbi jdbi) {
        return count(jdbi, "event") + " events, " + count(jdbi, "quote") + " quotes, " + count(jdbi, "person")
                + " people, " + count(jdbi, "topic") + " topics";
    }
}
