package org.talksbot.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a question in plain words: the people, topics and places it names (any alias, surname alone,
 * any case, small misspellings), the period it asks about, what it asks, and the words left over.
 */
final class QuestionReader {

    /** Longer messages are read only this far; a question is never that long. */
    static final int MAX_WORDS = 80;

    private final DateReader dates;

    QuestionReader(Clock clock) {
        this.dates = new DateReader(clock);
    }

    Question read(String text, Vocabulary vocabulary) {
        List<String> words = Words.split(text);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        BitSet used = new BitSet(words.size());
        Question.Period period = dates.read(words, used);
        Set<Vocabulary.Name> names = new LinkedHashSet<>();
        BitSet nameWords = new BitSet(words.size());
        for (int i = 0; i < words.size(); i++) {
            if (used.get(i)) {
                continue;
            }
            int length = longestNameAt(words, i, used, vocabulary, names);
            if (length > 0) {
                used.set(i, i + length);
                nameWords.set(i, i + length);
            }
        }
        topicsOfPlaces(vocabulary, names);
        List<String> other = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!used.get(i) && !QuestionWords.isCarrierOnly(word) && !other.contains(word)) {
                other.add(word);
            } else if (nameWords.get(i) && !QuestionWords.FILLER.contains(word)) {
                named.add(word);
            }
        }
        return new Question(text, intent(words, names),
                named(names, Vocabulary.Name.Type.PERSON, vocabulary::person),
                named(names, Vocabulary.Name.Type.TOPIC, vocabulary::topic),
                named(names, Vocabulary.Name.Type.PLACE, vocabulary::place),
                period, other, named);
    }

    private static <T> List<T> named(Set<Vocabulary.Name> names, Vocabulary.Name.Type type,
                                     Function<String, T> byId) {
        return names.stream().filter(n -> n.type() == type).map(n -> byId.apply(n.id())).filter(Objects::nonNull)
                .toList();
    }

    /** The length in words of the longest name starting at {@code start}, 0 if none; adds what it names. */
    private static int longestNameAt(List<String> words, int start, BitSet used, Vocabulary vocabulary,
                                     Set<Vocabulary.Name> names) {
        int longest = Math.min(vocabulary.longestPhrase(), words.size() - start);
        for (int length = longest; length >= 1; length--) {
            if (used.get(start, start + length).cardinality() > 0) {
                continue;
            }
            String phrase = String.join(" ", words.subList(start, start + length));
            if (length == 1 && QuestionWords.FILLER.contains(phrase)) {
                return 0;
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
                return 1;
            }
        }
        return 0;
    }

    /** "Lachin corridor" names a topic and, inside it, the place Lachin, whose other names then count too. */
    private static void placesWithin(List<String> phrase, Vocabulary vocabulary, Set<Vocabulary.Name> names) {
        for (String word : phrase) {
            vocabulary.exact(word).stream().filter(n -> n.type() == Vocabulary.Name.Type.PLACE).forEach(names::add);
        }
    }

    /** Berdzor names the place Lachin, and so the topic whose alias is "lachin". */
    private static void topicsOfPlaces(Vocabulary vocabulary, Set<Vocabulary.Name> names) {
        List<Vocabulary.Name> places = names.stream().filter(n -> n.type() == Vocabulary.Name.Type.PLACE).toList();
        for (Vocabulary.Name name : places) {
            Place place = vocabulary.place(name.id());
            if (place != null) {
                vocabulary.exact(String.join(" ", Words.split(place.name()))).stream()
                        .filter(n -> n.type() == Vocabulary.Name.Type.TOPIC).forEach(names::add);
            }
        }
    }

    private static Question.Intent intent(List<String> words, Set<Vocabulary.Name> names) {
        String first = words.isEmpty() ? "" : words.get(0);
        String second = words.size() > 1 ? words.get(1) : "";
        boolean namesPerson = names.stream().anyMatch(n -> n.type() == Vocabulary.Name.Type.PERSON);
        if (first.equals("who") && (second.equals("is") || second.equals("was") || second.equals("s")
                || second.equals("are")) && namesPerson && words.stream().noneMatch(QuestionWords.SAID::contains)) {
            return Question.Intent.WHO_IS;
        }
        if (words.stream().anyMatch(QuestionWords.SAID::contains)) {
            return Question.Intent.SAID;
        }
        if (words.stream().anyMatch(QuestionWords.LATEST::contains)) {
            return Question.Intent.LATEST;
        }
        if (first.equals("when") || (first.equals("what") || first.equals("which"))
                && (second.equals("date") || second.equals("year") || second.equals("day"))) {
            return Question.Intent.WHEN;
        }
        if (first.equals("where")) {
            return Question.Intent.WHERE;
        }
        if (words.stream().anyMatch(QuestionWords.HAPPENED::contains)) {
            return Question.Intent.HAPPENED;
        }
        return Question.Intent.ANY;
    }
}
