package org.talksbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.bench.BenchmarkStores;
import org.talksbot.bench.Timing;
import org.talksbot.core.Request;

/**
 * Benchmark, not a test: the index build time, and every evaluation and unanswerable question answered
 * by {@link QuestionAnswerer}, on the curated store and the 100× store. Run from the project folder:
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.mainClass=org.talksbot.search.SearchBenchmark</pre>
 * Per question it takes a shorter warm-up and fewer samples than the command benchmark (there are
 * over a hundred questions); the overall line pools every sample. {@code -Dbench.all} prints every question.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> questions = questions();
        Timing timing = new Timing(Long.getLong("bench.warmup", 200), Integer.getInteger("bench.samples", 400));
        measure("1× (curated)", BenchmarkStores.curated(), questions, timing);
        long started = System.nanoTime();
        Jdbi big = BenchmarkStores.hundredfold();
        System.out.printf("%ngenerated the 100× store in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        measure("100×", big, questions, timing);
    }

    private static void measure(String label, Jdbi jdbi, List<String> questions, Timing timing) {
        ItemIndex index = new ItemIndex(jdbi);
        long[] builds = new long[5];
        for (int i = 0; i < builds.length; i++) {
            long started = System.nanoTime();
            index.refresh();
            builds[i] = System.nanoTime() - started;
        }
        Arrays.sort(builds);
        System.out.printf("%n### %s store: %s%n%s%nindex: %d items, build median %.0f ms (min %.0f ms, max %.0f ms)%n",
                label, BenchmarkStores.describe(jdbi), Timing.conditions(), index.snapshot().size(),
                builds[2] / 1e6, builds[0] / 1e6, builds[4] / 1e6);
        QuestionAnswerer answerer = new QuestionAnswerer(index, BenchmarkStores.CLOCK);
        List<Timing.Result> results = new ArrayList<>();
        for (String q : questions) {
            Request request = Request.privateMessage(1, q);
            results.add(timing.measure(q, () -> answerer.answer(request)));
        }
        results.sort(Comparator.comparingDouble(Timing.Result::p99).reversed());
        System.out.printf("%d questions × %d samples; p50 of the per-question p50s %.3f ms; "
                        + "worst question p99 %.3f ms wall, %.3f ms CPU; median question p99 %.3f ms%n",
                results.size(), results.get(0).samples(),
                results.stream().mapToDouble(Timing.Result::p50).sorted().toArray()[results.size() / 2],
                results.get(0).p99(), results.stream().mapToDouble(Timing.Result::cpuP99).max().orElse(0),
                results.get(results.size() / 2).p99());
        System.out.println(Timing.header());
        results.stream().limit(Boolean.getBoolean("bench.all") ? results.size() : 10)
                .forEach(r -> System.out.println(r.row()));
    }

    /** The evaluation questions and the unanswerable ones: what people ask, right and wrong. */
    private static List<String> questions() throws IOException {
        List<String> questions = new ArrayList<>(QuestionAnswererTest.unanswerable());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SearchBenchmark.class.getResourceAsStream("/search/questions.tsv"), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> questions.add(l.split("\t")[0]));
        }
        // the answer evaluation set (issue 7): every kind of question, with the held-out set
        Evaluation.cases().forEach(c -> questions.add(c.question()));
        return questions;
    }
}
