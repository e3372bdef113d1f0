package org.talksbot.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/** Finds the curated YAML files of an import: one file, or every .yaml/.yml under a folder, sorted by path. */
final class CuratedFiles {

    private CuratedFiles() {
    }

    /** Reads the files under {@code path}; errors call each file by {@code label}. */
    static List<CuratedText> read(Path path, Function<Path, String> label) {
        if (!Files.exists(path)) {
            throw new CurationException(label.apply(path) + ": no such file or folder");
        }
        if (Files.isRegularFile(path) && !isYaml(path)) {
            throw new CurationException(label.apply(path) + ": not a .yaml or .yml file");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).filter(CuratedFiles::isYaml)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CurationException(label.apply(path) + ": cannot be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new CurationException(label.apply(path) + ": no .yaml or .yml files in this folder");
        }
        return files.stream().map(file -> new CuratedText(label.apply(file), text(file, label))).toList();
    }

    private static String text(Path file, Function<Path, String> label) {
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new CurationException(label.apply(file) + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CurationException(label.apply(file) + ": cannot be read: " + e.getMessage());
        }
    }

    private static boolean isYaml(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
