package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleLockTest {

    @TempDir
    Path dir;

    @Test
    void aLockWhoseServerRefusesConnectionsIsRemoved() throws IOException {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        Path lock = lock("localhost", port);

        StaleLock.clearFile(lock);

        assertFalse(Files.exists(lock));
    }

    @Test
    void aLockWhoseServerStillAnswersStays() throws IOException {
        try (ServerSocket alive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path lock = lock("localhost", alive.getLocalPort());

            StaleLock.clearFile(lock);

            assertTrue(Files.exists(lock));
        }
    }

    @Test
    void aLockWithoutAServerYetStays() throws IOException {
        Path lock = Files.writeString(dir.resolve("db.lock.db"), "#FileLock\nmethod=file\nid=abc\n");

        StaleLock.clearFile(lock);

        assertTrue(Files.exists(lock));
    }

    @Test
    void onlyFileDatabasesWithAutoServerHaveALockToClear() {
        assertEquals(Optional.of(Path.of("./data/talksbot.lock.db")),
                StaleLock.lockFile("jdbc:h2:file:./data/talksbot;AUTO_SERVER=TRUE"));
        assertEquals(Optional.of(Path.of("/tmp/x/db.lock.db")), StaleLock.lockFile("jdbc:h2:/tmp/x/db;AUTO_SERVER=TRUE"));
        assertEquals(Optional.empty(), StaleLock.lockFile("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"));
        assertEquals(Optional.empty(), StaleLock.lockFile("jdbc:h2:file:./data/talksbot"));
        assertEquals(Optional.empty(), StaleLock.lockFile("jdbc:h2:tcp://host/db;AUTO_SERVER=TRUE"));
    }

    private Path lock(String host, int port) throws IOException {
        return Files.writeString(dir.resolve("db.lock.db"), "#FileLock\nserver=" + host + "\\:" + port
                + "\nhostName=" + host + "\nmethod=file\nid=1a2b3c\n");
    }
}
