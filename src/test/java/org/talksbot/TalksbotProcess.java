package org.talksbot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A talksbot JVM of its own ({@code java -cp <test class path> MAIN ARGS}), run from the project folder
 * with the given environment, its output collected: for what only separate processes show (exit codes,
 * an H2 AUTO_SERVER hosted by another process).
 */
final class TalksbotProcess implements AutoCloseable {

    private final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread outReader;
    private final Thread errReader;

    private TalksbotProcess(Process process) {
        this.process = process;
        this.outReader = copy(process.getInputStream(), out);
        this.errReader = copy(process.getErrorStream(), err);
    }

    static TalksbotProcess start(Map<String, String> env, String... args) {
        return startClass(Main.class, env, args);
    }

    static TalksbotProcess startClass(Class<?> main, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("TALKSBOT_") || name.startsWith("TELEGRAM_"));
        builder.environment().putAll(env);
        try {
            return new TalksbotProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire names the real class path here; java.class.path may be its manifest-only jar, which also works. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Sends lines to its standard input. */
    void type(String lines) {
        try {
            OutputStream in = process.getOutputStream();
            in.write(lines.getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exit code, after waiting for the process (and its output) at most this long; -1 if it still runs. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            return -1;
        }
        outReader.join(5_000);
        errReader.join(5_000);
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String out() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    String err() {
        synchronized (err) {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static Thread copy(InputStream from, ByteArrayOutputStream to) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    synchronized (to) {
                        to.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process is gone; what it wrote is kept
            }
        }, "talksbot-process-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}
