package org.talksbot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code talksbot run} in a process of its own, started from the test classpath (which holds the
 * compiled main classes and every dependency, so no jar need be built), its output appended to a log
 * file, and stopped the hard way ({@link #kill()}, as {@code kill -9}) or the polite way ({@link #stop()}).
 */
final class BotProcess {

    private final Process process;

    private BotProcess(Process process) {
        this.process = process;
    }

    static BotProcess start(Map<String, String> env, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // surefire passes the real classpath in this property; java.class.path may be a manifest-only jar
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", classpath, Main.class.getName(), "run"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new BotProcess(builder.start());
    }

    /** As {@code kill -9}: no shutdown hook, no clean close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** As SIGTERM; returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the bot did not stop within 20 s of SIGTERM");
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }
}
