package org.talksbot.curate;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.talksbot.store.StoreRevision;

/**
 * A digest of the bundled curated files and of the build that imports them, remembered with the store
 * revision the import left. When both still match, importing again would change nothing: the start
 * skips it. A new build (its jar's size and time) imports once more, in case the import itself changed.
 */
final class ImportFingerprint {

    private static final String READ = "SELECT fingerprint FROM curated_import WHERE id = 1 AND revision = :revision";
    private static final String WRITE = "MERGE INTO curated_import (id, fingerprint, revision, imported_at) "
            + "KEY (id) VALUES (1, :fingerprint, :revision, CURRENT_TIMESTAMP)";

    private ImportFingerprint() {
    }

    static String of(List<CuratedText> files) {
        MessageDigest digest = sha256();
        update(digest, build());
        for (CuratedText file : files) {
            update(digest, file.label());
            update(digest, file.text());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether the last import of the bundled data had this fingerprint and nothing changed the store since. */
    static boolean unchanged(Handle handle, String fingerprint) {
        Optional<String> last = handle.createQuery(READ).bind("revision", StoreRevision.current(handle))
                .mapTo(String.class).findOne();
        return last.filter(fingerprint::equals).isPresent();
    }

    /** Remembers the fingerprint with the revision the import left (call inside the import's transaction). */
    static void remember(Handle handle, String fingerprint) {
        handle.createUpdate(WRITE).bind("fingerprint", fingerprint).bind("revision", StoreRevision.current(handle))
                .execute();
    }

    /** The running jar's size and time; empty when running from class folders (tests, IDE). */
    private static String build() {
        try {
            CodeSource source = ImportFingerprint.class.getProtectionDomain().getCodeSource();
            File jar = source == null ? null : new File(source.getLocation().toURI());
            return jar != null && jar.isFile() ? jar.length() + "@" + jar.lastModified() : "";
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return "";
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
