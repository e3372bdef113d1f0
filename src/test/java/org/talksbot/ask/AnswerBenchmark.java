package org.talksbot.ask;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.bench.BenchmarkStores;
import org.talksbot.bench.Timing;
import org.talksbot.core.Request;
import org.talksbot.search.ItemIndex;
import org.talksbot.search.LuceneItemSearch;
import org.talksbot.search.QuestionAnswerer;

/**
 * Benchmark, not a test: every command and a few plain questions answered by the router as the app
 * wires it (Lucene /search, questions as the fallback), on the curated store and the 100× store.
 * Run from the project folder (see docs/benchmarks.md):
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.mainClass=org.talksbot.ask.AnswerBenchmark</pre>
 */
public final class AnswerBenchmark {

    static final List<String> COMMANDS = List.of("/start", "/help", "/latest", "/latest 20 @100",
            "/who blinken", "/who blinkn", "/who", "/lachin", "/treaty", "/topic peace deal", "/topics",
            "/timeline 2023", "/timeline", "/timeline 2022-12 2023-06", "/quotes blinken",
            "/quotes pashinyan treaty", "/search lachin checkpoint",
            "/event 2023-02-18-munich-trilateral-blinken", "/sources", "/nope",
            "what did Blinken say about the Lachin corridor?", "when did Pashinyan and Aliyev meet in Munich",
            "what happened in 2023", "who is Mirzoyan", "where did Aliyev and Pashinyan meet in 2024",
            "what did Putin say about Ukraine", "latest on the border delimitation", "hi");

    private AnswerBenchmark() {
    }

    public static void main(String[] args) {
        Timing timing = Timing.fromProperties();
        run("1× (curated)", BenchmarkStores.curated(), timing);
        run("100×", BenchmarkStores.hundredfold(), timing);
    }

    private static void run(String label, Jdbi jdbi, Timing timing) {
        CommandRouter router = wired(jdbi);
        System.out.printf("%n### %s store: %s%n%s%n%n%s%n", label, BenchmarkStores.describe(jdbi),
                Timing.conditions(), Timing.header());
        for (String command : COMMANDS) {
            Request request = Request.privateMessage(1, command);
            System.out.println(timing.measure(command, () -> router.answer(request)).row());
        }
        System.out.println("conditions after: " + Timing.conditions());
    }

    /** As App.router wires it, with the benchmark clock. */
    static CommandRouter wired(Jdbi jdbi) {
        ItemIndex index = new ItemIndex(jdbi);
        index.refresh();
        return CommandRouter.create(jdbi, List.of(), new QuestionAnswerer(index, BenchmarkStores.CLOCK),
                new LuceneItemSearch(index, BenchmarkStores.CLOCK));
    }
}
