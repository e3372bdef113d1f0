package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.store.Database;

/**
 * A process that plans a digest at its minute (and maybe sends it) and dies at once, as with kill -9;
 * the next process, started within the same minute or later, sends that digest exactly once in all.
 */
class DigestKillTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"plan", "send"})
    void aKillRightAfterPlanningOrSendingADigestStillSendsItExactlyOnce(String step) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("digest").toAbsolutePath();
        Path deliveries = dir.resolve("deliveries.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-cp", classpath, HaltAroundADigest.class.getName(), url,
                deliveries.toString(), step)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(9, process.exitValue(), "the probe did not get as far as the halt");

        Jdbi jdbi = Database.open(url);
        FakeTime time = new FakeTime();
        for (Duration later : List.of(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(3))) {
            time.setNow(HaltAroundADigest.MINUTE.plus(later));
            new DigestPlanner(jdbi, time).planDue();
            try (Notifier sender = new Notifier(jdbi, HaltAroundADigest.recordingTo(deliveries),
                    new Throttle(ThrottleSettings.TELEGRAM, time), new ChatRegistry(jdbi, time), time)) {
                sender.deliverDue();
            }
        }
        assertEquals(List.of("5"), Files.exists(deliveries) ? Files.readAllLines(deliveries) : List.of(),
                "the digest, once");
        assertEquals(1, (int) jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM digest WHERE chat_id = 5")
                .mapTo(Integer.class).one()));
    }
}
