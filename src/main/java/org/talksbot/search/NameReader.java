package org.talksbot.search;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.talksbot.names.NameKey;
import org.talksbot.names.NameMatch;
import org.talksbot.names.Named;

/**
 * Finds the people, topics and places a question's words name, through the one name index: any alias,
 * any script, surname alone, small misspellings. Marks the words it used; the caller's sets collect what
 * was named, so a question is read in one pass without building anything of its own.
 */
final class NameReader {

    private NameReader() {
    }

    /** Finds the names among the unused words; how many it found. */
    static int find(List<NameKey.Token> tokens, List<String> words, BitSet used, BitSet nameWords,
                    Vocabulary vocabulary, Set<Vocabulary.Name> names, List<String> corrected) {
        int found = 0;
        List<String> keys = tokens.stream().map(NameKey.Token::key).toList();
        for (int i = 0; i < words.size(); i++) {
            if (used.get(i)) {
                continue;
            }
            int length = longestNameAt(tokens, keys, i, used, vocabulary, names, corrected);
            if (length > 0) {
                used.set(i, i + length);
                nameWords.set(i, i + length);
                found++;
            }
        }
        return found;
    }

    /** "Who is Price?": after "who is", the rest is read as a whole name, as /who reads it. */
    static boolean whoIs(List<String> words, BitSet used, BitSet nameWords, Vocabulary vocabulary,
                         Set<Vocabulary.Name> names) {
        if (words.size() < 3 || !words.get(0).equals("who") || !Set.of("is", "was").contains(words.get(1))) {
            return false;
        }
        String rest = String.join(" ", words.subList(2, words.size()));
        NameMatch match = vocabulary.names().find(rest, EnumSet.of(Named.Kind.PERSON));
        if (match instanceof NameMatch.Found found) {
            names.add(new Vocabulary.Name(Vocabulary.Name.Type.PERSON, found.named().id()));
            used.set(2, words.size());
            nameWords.set(2, words.size());
            return true;
        }
        return false;
    }

    /** Berdzor names the place Lachin, and so the topic whose alias is "lachin". */
    static void addTopicsOfPlaces(Vocabulary vocabulary, Set<Vocabulary.Name> names) {
        List<Vocabulary.Name> places = names.stream().filter(n -> n.type() == Vocabulary.Name.Type.PLACE).toList();
        for (Vocabulary.Name name : places) {
            Place place = vocabulary.place(name.id());
            if (place != null) {
                vocabulary.exact(String.join(" ", Words.split(place.name()))).stream()
                        .filter(n -> n.type() == Vocabulary.Name.Type.TOPIC).forEach(names::add);
            }
        }
    }

    /** What the names of one type stand for in the store, each once; a name the store no longer has is left out. */
    static <T> List<T> named(Set<Vocabulary.Name> names, Vocabulary.Name.Type type, Function<String, T> byId) {
        return names.stream().filter(n -> n.type() == type).map(n -> byId.apply(n.id())).filter(Objects::nonNull)
                .distinct().toList();
    }

    /** The length in words of the longest name starting at {@code start}, 0 if none; adds what it names. */
    private static int longestNameAt(List<NameKey.Token> tokens, List<String> words, int start, BitSet used,
                                     Vocabulary vocabulary, Set<Vocabulary.Name> names, List<String> corrected) {
        int longest = Math.min(vocabulary.longestPhrase(), words.size() - start);
        for (int length = longest; length >= 1; length--) {
            if (used.get(start, start + length).cardinality() > 0) {
                continue;
            }
            String phrase = String.join(" ", words.subList(start, start + length));
            if (length == 1 && QuestionWords.FILLER.contains(phrase)) {
                return 0;
            }
            // a common word ("price", "us") names someone only when typed with a capital inside the sentence
            if (length == 1 && vocabulary.isWeak(phrase)
                    && !(start > 0 && tokens.get(start).capitalised())) {
                continue;
            }
            Set<Vocabulary.Name> exact = vocabulary.exact(phrase);
            if (!exact.isEmpty()) {
                names.addAll(exact);
                if (length > 1) {
                    placesWithin(words.subList(start, start + length), vocabulary, names);
                }
                return length;
            }
        }
        String word = words.get(start);
        if (!vocabulary.isTextWord(word) && !QuestionWords.isCarrierOnly(word)) {
            Set<Vocabulary.Name> near = vocabulary.near(word);
            if (!near.isEmpty() && near.size() <= 2) {
                names.addAll(near);
                near.forEach(n -> vocabulary.label(n).ifPresent(label -> corrected.addAll(Words.split(label))));
                return 1;
            }
        }
        return 0;
    }

    /**
     * "Lachin corridor" names a topic and, inside it, the place Lachin, whose other names then count too;
     * "Russian peacekeepers" names an institution and, inside it, the topic of peacekeepers.
     */
    private static void placesWithin(List<String> phrase, Vocabulary vocabulary, Set<Vocabulary.Name> names) {
        for (String word : phrase) {
            vocabulary.exact(word).stream().filter(n -> n.type() != Vocabulary.Name.Type.PERSON).forEach(names::add);
        }
    }
}
