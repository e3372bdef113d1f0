package org.talksbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged bot in its own process, started the way the README says (the {@code target/talksbot}
 * launcher, or {@code java -jar target/talksbot.jar} with {@code -Dbenchmark.launch=jar}), for the
 * benchmarks that time a real start or read a real process's memory. Output goes to a log file.
 */
public final class LaunchedBot implements AutoCloseable {

    private final Process process;
    private final long launchedAt;

    private LaunchedBot(Process process, long launchedAt) {
        this.process = process;
        this.launchedAt = launchedAt;
    }

    /** Starts {@code args} (e.g. "run") with these environment variables, from the project folder. */
    public static LaunchedBot start(Map<String, String> env, Path log, String... args) {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(projectDir().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return launch(builder);
    }

    /** Starts {@code args} with {@code input} as its standard input and its standard output to read. */
    public static LaunchedBot startReading(Map<String, String> env, Path input, Path log, String... args) {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(projectDir().toFile())
                .redirectInput(input.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return launch(builder);
    }

    private static LaunchedBot launch(ProcessBuilder builder) {
        long at = System.nanoTime();
        try {
            return new LaunchedBot(builder.start(), at);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + builder.command(), e);
        }
    }

    static List<String> command(String... args) {
        Path dir = projectDir();
        List<String> command = new ArrayList<>();
        boolean script = !"jar".equals(System.getProperty("benchmark.launch", "script"));
        Path launcher = dir.resolve("target/talksbot");
        Path jar = dir.resolve("target/talksbot.jar");
        if (!Files.isRegularFile(jar) || (script && !Files.isRegularFile(launcher))) {
            throw new IllegalStateException("build the jar first: mvn -q -B -o package -DskipTests");
        }
        if (script) {
            command.add(launcher.toString());
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    jar.toString()));
        }
        command.addAll(List.of(args));
        return command;
    }

    public static String launchDescription() {
        return String.join(" ", command()).replace(projectDir() + "/", "");
    }

    static Path projectDir() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath();
    }

    /** When the process was started, in {@link System#nanoTime()}. */
    public long launchedAt() {
        return launchedAt;
    }

    public InputStream stdout() {
        return process.getInputStream();
    }

    public long pid() {
        return process.pid();
    }

    /** Peak resident memory so far (VmHWM), in MB; the launcher execs java, so its pid is the JVM's. */
    /** CPU time the process has used so far (user and system, all threads), from /proc. */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + process.pid(), e);
        }
    }

    public double peakRssMb() {
        return statusKb("VmHWM:") / 1024.0;
    }

    private long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read the memory of process " + process.pid(), e);
        }
        throw new IllegalStateException(field + " missing for process " + process.pid());
    }

    /** SIGTERM, as Ctrl-C or a service manager stops it; waits up to 15 s. */
    public int stop() {
        process.destroy();
        return waitFor();
    }

    /** SIGKILL: no shutdown hook, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    public int waitFor() {
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException("the bot did not stop within 15 s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }
}
