package org.talksbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Request;
import org.talksbot.curate.Curator;
import org.talksbot.store.Database;

/**
 * Benchmark, not a test (run it by hand): question answering p50/p99 on the curated store and on a
 * generated store 100 times its size, and the index build time of the big one. The big store is made
 * in memory by copying every event and quote with new ids and shifted dates; it is never saved.
 * Run from the project folder after {@code mvn -o test-compile}:
 * <pre>java -cp target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.talksbot.search.SearchBenchmark</pre>
 * ({@code -Dbench.slowest} also lists the slowest questions.)
 */
public final class SearchBenchmark {

    private static final int COPIES = 99;
    private static final int ROUNDS = 20;
    private static final int WARM_UP_ROUNDS = 5;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> questions = questions();
        Jdbi curated = Database.inMemory("bench-curated");
        new Curator(curated).importPath(Path.of("db/curated"));
        measure("curated store", curated, questions);

        Jdbi big = Database.inMemory("bench-100x");
        new Curator(big).importPath(Path.of("db/curated"));
        long started = System.nanoTime();
        copyItems(big);
        System.out.printf("generated 100x store (%d events, %d quotes) in %d ms%n",
                count(big, "event"), count(big, "quote"), (System.nanoTime() - started) / 1_000_000);
        measure("100x store", big, questions);
    }

    private static void measure(String name, Jdbi jdbi, List<String> questions) {
        ItemIndex index = new ItemIndex(jdbi);
        long[] builds = new long[5];
        for (int i = 0; i < builds.length; i++) {
            long started = System.nanoTime();
            index.refresh();
            builds[i] = System.nanoTime() - started;
        }
        Arrays.sort(builds);
        System.out.printf("%s: %d items, index build median %.0f ms (min %.0f ms)%n", name,
                index.snapshot().size(), builds[builds.length / 2] / 1e6, builds[0] / 1e6);
        QuestionAnswerer answerer = new QuestionAnswerer(index, CuratedData.CLOCK);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String q : questions) {
                answerer.answer(Request.privateMessage(1, q));
            }
        }
        List<Long> times = new ArrayList<>();
        List<Long> withoutGc = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> slowest = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : questions) {
                long collections = collections();
                long cpuStarted = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                answerer.answer(Request.privateMessage(1, q));
                long took = System.nanoTime() - started;
                cpuTimes.add(threads.getCurrentThreadCpuTime() - cpuStarted);
                times.add(took);
                if (collections() == collections) {
                    withoutGc.add(took);
                }
                slowest.merge(q, took, Long::sum);
            }
        }
        withoutGc.sort(Long::compare);
        cpuTimes.sort(Long::compare);
        // CPU time leaves out the time the thread waited for a core, which on a busy machine dominates the tail
        System.out.printf("%s: CPU time per answer: p50 %.2f ms, p99 %.2f ms%n", name,
                percentile(cpuTimes, 0.50), percentile(cpuTimes, 0.99));
        System.out.printf("%s: %d answers without a collection during them: p50 %.2f ms, p99 %.2f ms%n", name,
                withoutGc.size(), percentile(withoutGc, 0.50), percentile(withoutGc, 0.99));
        if (System.getProperty("bench.slowest") != null) {
            slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .forEach(e -> System.out.printf("  mean %.2f ms: %s%n", e.getValue() / 1e6 / ROUNDS, e.getKey()));
        }
        times.sort(Long::compare);
        System.out.printf("%s: %d answers, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", name, times.size(),
                percentile(times, 0.50), percentile(times, 0.99), times.get(times.size() - 1) / 1e6);
    }

    /** 99 copies of every event and quote with their links, ids suffixed and dates moved by a few days. */
    private static void copyItems(Jdbi jdbi) {
        jdbi.useTransaction(h -> {
            for (int k = 1; k <= COPIES; k++) {
                String suffix = "-copy" + k;
                int days = k % 30;
                h.createUpdate("INSERT INTO event SELECT id || :s, DATEADD(DAY, :d, event_date), date_precision, "
                        + "title, summary, place FROM event WHERE id NOT LIKE '%-copy%'")
                        .bind("s", suffix).bind("d", days).execute();
                h.createUpdate("INSERT INTO event_source SELECT event_id || :s, position, url, name FROM event_source "
                        + "WHERE event_id NOT LIKE '%-copy%'").bind("s", suffix).execute();
                h.createUpdate("INSERT INTO event_person SELECT event_id || :s, person_id FROM event_person "
                        + "WHERE event_id NOT LIKE '%-copy%'").bind("s", suffix).execute();
                h.createUpdate("INSERT INTO event_topic SELECT event_id || :s, topic_id FROM event_topic "
                        + "WHERE event_id NOT LIKE '%-copy%'").bind("s", suffix).execute();
                h.createUpdate("INSERT INTO quote SELECT id || :s, DATEADD(DAY, :d, quote_date), date_precision, "
                        + "person_id, speaker_role, text, context, CASE WHEN event_id IS NULL THEN NULL "
                        + "ELSE event_id || :s END, source_url, source_name FROM quote WHERE id NOT LIKE '%-copy%'")
                        .bind("s", suffix).bind("d", days).execute();
                h.createUpdate("INSERT INTO quote_topic SELECT quote_id || :s, topic_id FROM quote_topic "
                        + "WHERE quote_id NOT LIKE '%-copy%'").bind("s", suffix).execute();
            }
        });
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** The evaluation questions and the unanswerable ones: what people ask, right and wrong. */
    private static List<String> questions() throws IOException {
        List<String> questions = new ArrayList<>(QuestionAnswererTest.unanswerable());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SearchBenchmark.class.getResourceAsStream("/search/questions.tsv"), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> questions.add(l.split("\t")[0]));
        }
        return questions;
    }
}
