package org.talksbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the lock file a killed process left behind. H2 cannot tell a lock left by {@code kill -9} from a
 * live one without waiting: it sleeps about four seconds before taking any existing lock over. With
 * {@code AUTO_SERVER} the lock names the owner's server socket on this machine; when that socket refuses
 * connections the owner is gone (a live owner keeps it open until it has closed the database), so the
 * file can go and the database opens at once. Anything less certain is left to H2.
 */
final class StaleLock {

    private static final Logger log = LoggerFactory.getLogger(StaleLock.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 300;

    private StaleLock() {
    }

    /** Deletes the lock file of the file database at {@code jdbcUrl} if its owner is certainly dead. */
    static void clear(String jdbcUrl) {
        lockFile(jdbcUrl).filter(Files::isRegularFile).ifPresent(StaleLock::clearFile);
    }

    static void clearFile(Path lock) {
        try {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(lock)) {
                properties.load(in);
            }
            String server = properties.getProperty("server");
            if (server == null || !"file".equals(properties.getProperty("method")) || server.lastIndexOf(':') < 0) {
                return;
            }
            InetAddress host = InetAddress.getByName(server.substring(0, server.lastIndexOf(':')));
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            if (isThisMachine(host) && refuses(host, port)) {
                Files.deleteIfExists(lock);
                log.info("removed the database lock of a process that is no longer running ({})", lock.getFileName());
            }
        } catch (IOException | RuntimeException e) {
            log.debug("left the database lock {} to H2: {}", lock, e.toString());
        }
    }

    /** The lock file of a file database URL (H2 adds .lock.db to the path); empty for other URLs. */
    static Optional<Path> lockFile(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (!lower.contains("auto_server=true") || lower.contains("file_lock=")) {
            return Optional.empty();
        }
        return databasePath(jdbcUrl).map(path -> Path.of(path + ".lock.db"));
    }

    /** The path of a file database URL without H2's suffixes ({@code ./data/talksbot}); empty for other URLs. */
    static Optional<Path> databasePath(String jdbcUrl) {
        if (!jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (path.toLowerCase(Locale.ROOT).startsWith("file:")) {
            path = path.substring("file:".length());
        } else if (path.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
            return Optional.empty();
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path));
    }

    private static boolean isThisMachine(InetAddress host) throws IOException {
        return host.isLoopbackAddress() || host.isAnyLocalAddress() || NetworkInterface.getByInetAddress(host) != null;
    }

    private static boolean refuses(InetAddress host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
