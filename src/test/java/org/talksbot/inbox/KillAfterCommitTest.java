package org.talksbot.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.notify.TimeSource;
import org.talksbot.store.Database;

/**
 * H2 writes commits to its file only every half second; a process killed in between loses them
 * (see {@code Durability}). This proves the checkpoints: a process that stores updates, answers one and
 * marks the answer sent, then dies at once, leaves all of it in the file.
 */
class KillAfterCommitTest {

    @TempDir
    Path dir;

    @Test
    void updatesStoredAndAMessageMarkedSentSurviveAHaltRightAfterTheCommit() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("halted").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-cp", classpath, HaltAfterCommit.class.getName(), url)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(9, process.exitValue(), "the probe did not get as far as the halt");

        Jdbi jdbi = Database.open(url);
        List<Long> pending = new Inbox(jdbi, TimeSource.SYSTEM).pending(10).stream()
                .map(InboxUpdate::updateId).toList();
        assertEquals(List.of(2L, 3L, 4L, 5L), pending, "the stored batch, minus the update handled");
        assertEquals("SENT", jdbi.withHandle(h -> h.createQuery("SELECT state FROM outbox WHERE chat_id = 7")
                .mapTo(String.class).one()));
    }
}
