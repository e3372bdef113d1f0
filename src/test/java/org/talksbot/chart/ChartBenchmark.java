package org.talksbot.chart;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.bench.BenchmarkStores;
import org.talksbot.bench.Timing;

/**
 * Benchmark, not a test: the time to draw each kind of chart (read from the store, bars, PNG encoding),
 * with the JIT warm and the chart cache bypassed, then the same request served from the cache; and the
 * memory a drawing takes (allocated per chart, peak heap above the idle heap) and a full cache holds.
 * Target: p99 at most 150 ms warm. Run from the project folder (see docs/benchmarks.md):
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.mainClass=org.talksbot.chart.ChartBenchmark</pre>
 * Fewer samples than the answer benchmark by default (a drawing takes milliseconds, not microseconds):
 * {@code -Dbench.samples=200 -Dbench.warmup=3000}.
 */
public final class ChartBenchmark {

    private record Ask(String name, ChartSubject subject, LocalDate from, LocalDate to) {
    }

    private static final List<Ask> ASKS = List.of(
            new Ask("/chart", ChartSubject.ALL, null, null),
            new Ask("/chart 2023", ChartSubject.ALL, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
            new Ask("/chart 2022 2024", ChartSubject.ALL, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)),
            new Ask("/chart lachin", ChartSubject.topic("lachin-corridor", "Lachin corridor"), null, null),
            new Ask("/chart treaty", ChartSubject.topic("peace-treaty", "Peace treaty"), null, null),
            new Ask("/chart blinken", ChartSubject.person("antony-blinken", "Antony Blinken"), null, null),
            new Ask("/chart pashinyan", ChartSubject.person("nikol-pashinyan", "Nikol Pashinyan"), null, null));

    private ChartBenchmark() {
    }

    public static void main(String[] args) {
        Timing timing = new Timing(Long.getLong("bench.warmup", 3_000), Integer.getInteger("bench.samples", 200));
        run("1× (curated)", BenchmarkStores.curated(), timing);
        run("100×", BenchmarkStores.hundredfold(), timing);
    }

    private static void run(String label, Jdbi jdbi, Timing timing) {
        Charts charts = new Charts(jdbi);
        System.out.printf("%n### %s store: %s%n%s%n%n%s%n", label, BenchmarkStores.describe(jdbi),
                Timing.conditions(), Timing.header());
        for (Ask ask : ASKS) {
            System.out.println(timing.measure(ask.name() + " (drawn)",
                    () -> charts.draw(ask.subject(), ask.from(), ask.to(), org.talksbot.i18n.Messages.of(org.talksbot.i18n.Language.EN)).orElseThrow()).row());
        }
        for (Ask ask : ASKS) {
            System.out.println(timing.measure(ask.name() + " (cached)",
                    () -> charts.chart(ask.subject(), ask.from(), ask.to()).orElseThrow()).row());
        }
        memory(jdbi);
        System.out.println("conditions after: " + Timing.conditions());
    }

    /** Allocation per drawing, peak heap above idle while drawing, and what a full cache keeps. */
    private static void memory(Jdbi jdbi) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Charts charts = new Charts(jdbi);
        Ask whole = ASKS.get(0);
        long idle = settledHeap();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocated = threads.getCurrentThreadAllocatedBytes();
        int drawings = 20;
        for (int i = 0; i < drawings; i++) {
            charts.draw(whole.subject(), whole.from(), whole.to(), org.talksbot.i18n.Messages.of(org.talksbot.i18n.Language.EN)).orElseThrow();
        }
        long perDrawing = (threads.getCurrentThreadAllocatedBytes() - allocated) / drawings;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%nmemory: %.1f MB allocated per /chart drawing; peak heap %.1f MB above the idle %.1f MB "
                + "(includes garbage not yet collected)%n", mb(perDrawing), mb(peak - idle), mb(idle));
        long before = settledHeap();
        int png = 0;
        for (int month = 0; month < Charts.REMEMBERED; month++) {
            LocalDate from = LocalDate.of(2021, 1, 1).plusMonths(month % 48);
            png += charts.chart(month < 48 ? ChartSubject.ALL : ASKS.get(3 + month % 4).subject(),
                    from, month < 48 ? from.plusMonths(18) : null).map(chart -> chart.png().length).orElse(0);
        }
        System.out.printf("a full cache (%d charts, %.1f MB of PNG): %.1f MB of heap retained%n", Charts.REMEMBERED,
                mb(png), mb(settledHeap() - before));
    }

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
