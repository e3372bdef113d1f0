package org.talksbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times one action the way the benchmarks report it: a time-boxed warm-up for the JIT, a collection
 * before measuring, then wall-clock and thread CPU time per call. CPU time leaves out waiting for a
 * core, which on the shared two-core machine is most of the wall-clock tail.
 */
public final class Timing {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Percentiles of one measured action, in milliseconds. */
    public record Result(String name, int samples, double p50, double p99, double max, double cpuP50, double cpuP99) {

        public String row() {
            return String.format("| %-42s | %7.3f | %7.3f | %7.3f | %7.3f | %7.3f |", "`" + name + "`",
                    p50, p99, max, cpuP50, cpuP99);
        }
    }

    private final long warmUpNanos;
    private final int samples;

    public Timing(long warmUpMillis, int samples) {
        this.warmUpNanos = warmUpMillis * 1_000_000;
        this.samples = samples;
    }

    /** From the system properties bench.warmup (ms, default 1500) and bench.samples (default 2000). */
    public static Timing fromProperties() {
        return new Timing(Long.getLong("bench.warmup", 1_500), Integer.getInteger("bench.samples", 2_000));
    }

    public Result measure(String name, Runnable action) {
        long warmUpEnds = System.nanoTime() + warmUpNanos;
        while (System.nanoTime() < warmUpEnds) {
            action.run();
        }
        System.gc();
        long[] wall = new long[samples];
        long[] cpu = new long[samples];
        for (int i = 0; i < samples; i++) {
            long cpuStarted = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            action.run();
            wall[i] = System.nanoTime() - started;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStarted;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Result(name, samples, ms(wall, 0.50), ms(wall, 0.99), wall[samples - 1] / 1e6,
                ms(cpu, 0.50), ms(cpu, 0.99));
    }

    public static String header() {
        return "| command | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |\n|---|---:|---:|---:|---:|---:|";
    }

    /** The JVM, cores and load average, so a reader knows what the figures were measured on. */
    public static String conditions() {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            load = "unknown";
        }
        return String.format("%s %s (%s), %d cores, load average %s, heap max %d MB",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().availableProcessors(), load, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static double ms(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
