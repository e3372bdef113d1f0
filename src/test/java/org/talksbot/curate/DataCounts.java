package org.talksbot.curate;

import java.nio.file.Path;

/** How many events and quotes a curated folder holds, read from its files (no database). */
record DataCounts(int events, int quotes) {

    static DataCounts of(Path folder) {
        CuratedBatch batch = CuratedBatch.empty();
        Problems problems = new Problems();
        CuratedYaml yaml = new CuratedYaml();
        CuratedFiles.read(folder, Path::toString).forEach(file -> yaml.read(file, batch, problems));
        problems.throwIfAny();
        return new DataCounts(batch.events().size(), batch.quotes().size());
    }
}
