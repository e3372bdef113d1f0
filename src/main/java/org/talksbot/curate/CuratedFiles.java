package org.talksbot.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
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
        // symbolic links are followed, folders included; one that leads nowhere or in a circle is an error
        try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(file -> isYaml(file) || Files.isSymbolicLink(file)).sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (UncheckedIOException e) {
            throw new CurationException(walkProblem(e.getCause(), label));
        } catch (IOException e) {
            throw new CurationException(walkProblem(e, label));
        }
        for (Path file : files) {
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                throw new CurationException(label.apply(file) + ": a symbolic link to " + target(file)
                        + ", which does not exist");
            }
        }
        files = files.stream().filter(Files::isRegularFile).filter(CuratedFiles::isYaml).toList();
        if (files.isEmpty()) {
            throw new CurationException(label.apply(path) + ": no .yaml or .yml files in this folder");
        }
        return files.stream().map(file -> new CuratedText(label.apply(file), text(file, label))).toList();
    }

    private static String walkProblem(IOException e, Function<Path, String> label) {
        if (e instanceof FileSystemLoopException loop) {
            return loop.getFile() + ": a symbolic link back to a folder that contains it (a loop)";
        }
        return (e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "") + ": cannot be read: "
                + e.getMessage();
    }

    private static String target(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException e) {
            return "an unreadable target";
        }
    }

    private static String text(Path file, Function<Path, String> label) {
        try {
            if (Files.size(file) > RawText.MAX_FILE_CHARS * 4) {
                throw new CurationException(label.apply(file) + ": " + Files.size(file) + " bytes, far more than curated "
                        + "data needs: split it into several files");
            }
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
