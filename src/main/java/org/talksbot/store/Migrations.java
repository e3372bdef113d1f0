package org.talksbot.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The versioned migrations in {@code db/migration}. Flyway scans, validates and migrates; but when the
 * history already lists every bundled script with the checksum Flyway gave it, there is nothing to do,
 * and that check costs a query instead of Flyway's half second of start-up.
 */
final class Migrations {

    static final String LOCATION = "db/migration";
    private static final String APPLIED = "SELECT \"script\", \"checksum\" FROM \"flyway_schema_history\" "
            + "WHERE \"version\" IS NOT NULL AND \"success\"";

    private Migrations() {
    }

    static void apply(DataSource dataSource) {
        if (!upToDate(dataSource)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:" + LOCATION).load().migrate();
        }
    }

    /** Whether every bundled script, and no other, was applied successfully, unchanged since. */
    static boolean upToDate(DataSource dataSource) {
        Map<String, Integer> bundled = bundled();
        if (bundled.isEmpty()) {
            return false;
        }
        Map<String, Integer> applied = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(APPLIED)) {
            while (rows.next()) {
                applied.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            return false;  // a new database: no history table yet
        }
        return applied.equals(bundled);
    }

    /** Script name to Flyway's checksum for each bundled migration; empty if they cannot be listed. */
    static Map<String, Integer> bundled() {
        URL url = Migrations.class.getClassLoader().getResource(LOCATION);
        Map<String, Integer> scripts = new HashMap<>();
        if (url == null) {
            return scripts;
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                JarFile jar = connection.getJarFile();
                String prefix = LOCATION + "/";
                for (var entries = jar.entries(); entries.hasMoreElements(); ) {
                    var entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(prefix) && isScript(name.substring(prefix.length()))) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            scripts.put(name.substring(prefix.length()), checksum(in));
                        }
                    }
                }
            } else if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (isScript(name)) {
                            try (InputStream in = Files.newInputStream(file)) {
                                scripts.put(name, checksum(in));
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            scripts.clear();  // let Flyway decide
        }
        return scripts;
    }

    private static boolean isScript(String name) {
        return name.startsWith("V") && name.contains("__") && name.endsWith(".sql") && !name.contains("/");
    }

    /** Flyway's checksum: CRC32 over the script's lines without line breaks or a leading byte-order mark. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        boolean first = true;
        while (line != null) {
            if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            first = false;
            crc.update(line.getBytes(StandardCharsets.UTF_8));
            line = reader.readLine();
        }
        return (int) crc.getValue();
    }
}
