package org.talksbot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.talksbot.names.NameKey;

/**
 * Phrases in Russian or Armenian letters and what they mean in the words the reader knows, found in any
 * case or number ({@link WordRoots}): the fixed dictionary of asking, dates and subjects, or the names of
 * one store (each alias in those scripts, read back as the alias itself).
 */
final class ForeignWords {

    /** What a phrase means: the words to read instead, and whether they name someone who can speak. */
    record Meaning(List<String> words, boolean speaker) {
    }

    /** A phrase found at a position: how many words it took and what it means. */
    record Match(int length, Meaning meaning) {
    }

    private static final int MOST_WORDS = 4;
    private static final int MOST_FORMS = 64;

    static final ForeignWords DICTIONARY = dictionary();

    private final Map<String, Meaning> byKey = new HashMap<>();
    private int longest = 1;

    private static ForeignWords dictionary() {
        ForeignWords words = new ForeignWords();
        Stream.concat(RussianWords.ENTRIES.stream(), ArmenianWords.ENTRIES.stream()).forEach(entry -> {
            int eq = entry.lastIndexOf('=');
            List<String> english = NameKey.words(entry.substring(eq + 1));
            boolean speaker = english.size() == 1 && Sides.of(english.get(0)) != null;
            for (String phrase : entry.substring(0, eq).split("\\|")) {
                words.add(phrase, new Meaning(english, speaker));
            }
        });
        return words;
    }

    /** An alias of something the store names, with its English name; people can speak. */
    record Alias(String alias, String name, boolean speaker) {
    }

    /**
     * The aliases in these scripts, each read as the English name of what it names, so the rest of the
     * reading (and the ranking by the words that named something) meets the English texts.
     */
    static ForeignWords names(List<Alias> aliases) {
        ForeignWords words = new ForeignWords();
        aliases.stream().filter(a -> foreign(a.alias()))
                .forEach(a -> words.add(a.alias(), new Meaning(NameKey.words(a.name()), a.speaker())));
        return words;
    }

    /** Whether the text has Russian or Armenian letters. */
    static boolean foreign(String text) {
        return text.chars().anyMatch(c -> WordRoots.isCyrillic(c) || WordRoots.isArmenian(c));
    }

    private void add(String phrase, Meaning meaning) {
        List<String> words = NameKey.words(phrase);
        if (words.isEmpty() || words.size() > MOST_WORDS) {
            return;
        }
        longest = Math.max(longest, words.size());
        for (String key : keys(words, true)) {
            byKey.putIfAbsent(key, meaning);
        }
    }

    /** The longest phrase starting at {@code start} (a word in these scripts), or null. */
    Match at(List<String> words, int start) {
        if (!foreign(words.get(start))) {
            return null;
        }
        for (int length = Math.min(longest, words.size() - start); length >= 1; length--) {
            for (String key : keys(words.subList(start, start + length), false)) {
                Meaning meaning = byKey.get(key);
                if (meaning != null) {
                    return new Match(length, meaning);
                }
            }
        }
        return null;
    }

    /** Every way of writing the phrase with each word in one of its forms, the words as typed first. */
    private static List<String> keys(List<String> words, boolean indexing) {
        List<String> keys = new ArrayList<>(List.of(""));
        for (String word : words) {
            List<String> forms = indexing ? WordRoots.indexForms(word) : WordRoots.forms(word);
            List<String> longer = new ArrayList<>();
            for (String key : keys) {
                for (String form : forms) {
                    if (longer.size() < MOST_FORMS) {
                        longer.add(key.isEmpty() ? form : key + " " + form);
                    }
                }
            }
            keys = longer;
        }
        return keys;
    }
}
