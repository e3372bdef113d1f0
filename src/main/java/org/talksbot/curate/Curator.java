package org.talksbot.curate;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/** Skeleton: loads curated YAML into the store. Replaced by the curate feature. */
public final class Curator {

    public Curator(Jdbi jdbi) {
    }

    public ImportReport importPath(Path path) {
        return ImportReport.NOTHING;
    }

    public ImportReport importBundled() {
        return ImportReport.NOTHING;
    }
}
