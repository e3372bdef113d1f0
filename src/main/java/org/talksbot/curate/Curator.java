package org.talksbot.curate;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.store.ImportLock;
import org.talksbot.store.Reconnect;

/**
 * Loads curated YAML into the store: all files of one import are validated together and written in one
 * transaction, so a broken file changes nothing. Items are upserted by id; items not in the files stay.
 * Imports take turns ({@link ImportLock}) and start over when the database's host process goes away.
 */
public final class Curator {

    private static final Logger log = LoggerFactory.getLogger(Curator.class);
    static final String BUNDLED = "db/curated";

    private final Jdbi jdbi;
    private final ImportListener listener;

    public Curator(Jdbi jdbi) {
        this(jdbi, ImportListener.NONE);
    }

    /** The listener hears of every import that changes something, inside its transaction. */
    public Curator(Jdbi jdbi, ImportListener listener) {
        this.jdbi = jdbi;
        this.listener = listener;
    }

    /** Imports a .yaml/.yml file or a folder of them. */
    public ImportReport importPath(Path path) {
        CuratedBatch batch = parse(CuratedFiles.read(path, Path::toString));
        return Reconnect.retrying("importing " + path, () -> jdbi.inTransaction(handle -> apply(handle, batch)));
    }

    /** Does everything an import would, listener included, then rolls it back: what would change. */
    public ImportReport preview(Path path) {
        CuratedBatch batch = parse(CuratedFiles.read(path, Path::toString));
        return Reconnect.retrying("previewing " + path, () -> jdbi.withHandle(handle -> {
            handle.begin();
            try {
                return apply(handle, batch);
            } finally {
                handle.rollback();
            }
        }));
    }

    /**
     * Loads the bot's own data: {@code ./db/curated} if present, else the copy packaged in the jar. Skipped
     * (reporting nothing changed) when the files and the store are as the last bundled import left them.
     */
    public ImportReport importBundled() {
        return importBundled(Path.of(""));
    }

    ImportReport importBundled(Path workingDirectory) {
        Path folder = workingDirectory.resolve(BUNDLED);
        if (Files.isDirectory(folder)) {
            return importBundledFiles(CuratedFiles.read(folder, Path::toString));
        }
        URL url = Curator.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            log.warn("no curated data: neither ./{} nor classpath {} exists", BUNDLED, BUNDLED);
            return ImportReport.NOTHING;
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return importBundledFiles(CuratedFiles.read(Path.of(uri), Path::toString));
            }
            return importFromJar(uri);
        } catch (URISyntaxException | IOException e) {
            throw new CurationException("classpath " + BUNDLED + ": cannot be read: " + e.getMessage());
        }
    }

    private ImportReport importFromJar(URI uri) throws IOException {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return importJarFolder(jar);
        } catch (FileSystemAlreadyExistsException e) {
            // someone else opened the jar already; it is theirs to close
            return importJarFolder(FileSystems.getFileSystem(uri));
        }
    }

    private ImportReport importJarFolder(FileSystem jar) {
        Path root = jar.getPath("/");
        return importBundledFiles(CuratedFiles.read(jar.getPath("/" + BUNDLED),
                file -> "classpath:" + root.relativize(file)));
    }

    private ImportReport importBundledFiles(List<CuratedText> files) {
        String fingerprint = ImportFingerprint.of(files);
        if (Reconnect.retrying("checking the bundled data", () -> jdbi.withHandle(
                handle -> ImportFingerprint.unchanged(handle, fingerprint)))) {
            log.info("curated data unchanged since the last import; not importing it again");
            return ImportReport.NOTHING;
        }
        CuratedBatch batch = parse(files);
        return Reconnect.retrying("importing the bundled data", () -> jdbi.inTransaction(handle -> {
            ImportReport report = apply(handle, batch);
            ImportFingerprint.remember(handle, fingerprint);
            return report;
        }));
    }

    private CuratedBatch parse(List<CuratedText> files) {
        CuratedBatch batch = CuratedBatch.empty();
        Problems problems = new Problems();
        // made per import, so a start that skips the import never loads the YAML parser
        CuratedYaml yaml = new CuratedYaml();
        files.forEach(file -> yaml.read(file, batch, problems));
        problems.throwIfAny();
        return batch;
    }

    private ImportReport apply(Handle handle, CuratedBatch batch) {
        ImportLock.acquire(handle);
        ImportReport report = ImportRun.apply(handle, batch);
        if (report.changedAnything()) {
            listener.imported(handle, report);
        }
        return report;
    }
}
