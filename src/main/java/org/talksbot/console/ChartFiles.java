package org.talksbot.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the console puts the charts it cannot show: one new PNG file per chart in a folder, by default
 * {@code talksbot-charts} in the system's temporary folder (so a session leaves nothing in the project).
 */
final class ChartFiles {

    static final Path DEFAULT = Path.of(System.getProperty("java.io.tmpdir"), "talksbot-charts");

    private final Path folder;

    ChartFiles(Path folder) {
        this.folder = folder;
    }

    Path save(byte[] png) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "chart-", ".png");
        Files.write(file, png);
        return file.toAbsolutePath();
    }
}
