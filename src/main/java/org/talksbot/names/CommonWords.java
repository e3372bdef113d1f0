package org.talksbot.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Common English words (names/common-words.txt), which a surname may also be. */
final class CommonWords {

    private static final Set<String> WORDS = load();

    private CommonWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CommonWords.class.getResourceAsStream("/names/common-words.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith("#")) {
                    words.addAll(NameKey.words(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
