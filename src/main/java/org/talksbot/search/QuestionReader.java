package org.talksbot.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.talksbot.names.NameKey;
import org.talksbot.names.NameMatch;
import org.talksbot.names.Named;

/**
 * Reads a question in plain words: the people, topics and places it names (the one name index: any
 * alias, any script, surname alone, small misspellings), the governments it names as speakers, the
 * period, what kind of answer it wants, and the words left over.
 */
final class QuestionReader {

    /** Longer messages are read only this far; a question is never that long. */
    static final int MAX_WORDS = 80;

    private final DateReader dates;

    QuestionReader(Clock clock) {
        this.dates = new DateReader(clock);
    }

    Question read(String text, Vocabulary vocabulary) {
        String typed = text == null ? "" : text.replaceAll("\\b[Uu]\\.[Ss]\\.", "US");
        List<NameKey.Token> tokens = NameKey.tokens(typed);
        if (tokens.size() > MAX_WORDS) {
            tokens = tokens.subList(0, MAX_WORDS);
        }
        List<String> words = tokens.stream().map(NameKey.Token::key).toList();
        if (SmallTalk.of(words) != null) {
            return new Question(text, Question.Intent.ANY, List.of(), List.of(), List.of(), null, List.of(),
                    List.of(), Question.Ask.SMALLTALK, List.of(), false, Question.Only.ANY);
        }
        BitSet used = new BitSet(words.size());
        Question.Period period = dates.read(words, used);
        Set<Vocabulary.Name> names = new LinkedHashSet<>();
        BitSet nameWords = new BitSet(words.size());
        List<String> sides = speakerSides(words, used);
        whoIsName(words, used, nameWords, vocabulary, names);
        scopeWords(words, used);
        for (int i = 0; i < words.size(); i++) {
            if (used.get(i)) {
                continue;
            }
            int length = longestNameAt(tokens, i, used, vocabulary, names);
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
        Question.Intent intent = intent(words, names);
        Question question = new Question(text, intent,
                named(names, Vocabulary.Name.Type.PERSON, vocabulary::person),
                named(names, Vocabulary.Name.Type.TOPIC, vocabulary::topic),
                named(names, Vocabulary.Name.Type.PLACE, vocabulary::place),
                period, other, named, Question.Ask.PLAIN, sides,
                words.stream().anyMatch(QuestionWords.LATEST::contains), only(words));
        return AskKinds.classify(question, words);
    }

    /** "What did Russia say", "what has the Kremlin said": a side before the verb of saying is the speaker. */
    private static List<String> speakerSides(List<String> words, BitSet used) {
        int verb = -1;
        for (int i = 0; i < words.size(); i++) {
            if (QuestionWords.SAID.contains(words.get(i)) && !used.get(i)) {
                verb = i;
                break;
            }
        }
        List<String> sides = new ArrayList<>();
        for (int i = 0; i < verb; i++) {
            Sides.Match match = used.get(i) ? null : Sides.at(words.subList(0, verb), i);
            if (match != null) {
                if (!sides.contains(match.side())) {
                    sides.add(match.side());
                }
                used.set(i, i + match.length());
                // "the Armenian government", "Azerbaijan's foreign ministry": the side speaks through them
                int next = i + match.length();
                while (next < verb && QuestionWords.SPEAKING_BODY.contains(words.get(next))) {
                    used.set(next++);
                }
                i = next - 1;
            }
        }
        return sides;
    }

    /** "Who is Price?": after "who is", the rest is read as a whole name, as /who reads it. */
    private static void whoIsName(List<String> words, BitSet used, BitSet nameWords, Vocabulary vocabulary,
                                  Set<Vocabulary.Name> names) {
        if (words.size() < 3 || !words.get(0).equals("who") || !Set.of("is", "was").contains(words.get(1))) {
            return;
        }
        String rest = String.join(" ", words.subList(2, words.size()));
        NameMatch match = vocabulary.names().find(rest, EnumSet.of(Named.Kind.PERSON));
        if (match instanceof NameMatch.Found found) {
            names.add(new Vocabulary.Name(Vocabulary.Name.Type.PERSON, found.named().id()));
            used.set(2, words.size());
            nameWords.set(2, words.size());
        }
    }

    /** "The peace process", "the peace talks" name everything the store is about: they narrow nothing. */
    private static void scopeWords(List<String> words, BitSet used) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("peace") && QuestionWords.SCOPE.contains(words.get(i + 1))) {
                used.set(i, i + 2);
            }
        }
    }

    private static Question.Only only(List<String> words) {
        boolean events = words.stream().anyMatch(w -> w.equals("event") || w.equals("events"));
        boolean quotes = words.stream().anyMatch(w -> w.equals("quote") || w.equals("quotes"));
        return events == quotes ? Question.Only.ANY : events ? Question.Only.EVENTS : Question.Only.QUOTES;
    }

    private static <T> List<T> named(Set<Vocabulary.Name> names, Vocabulary.Name.Type type,
                                     Function<String, T> byId) {
        return names.stream().filter(n -> n.type() == type).map(n -> byId.apply(n.id())).filter(Objects::nonNull)
                .distinct().toList();
    }

    /** The length in words of the longest name starting at {@code start}, 0 if none; adds what it names. */
    private static int longestNameAt(List<NameKey.Token> tokens, int start, BitSet used, Vocabulary vocabulary,
                                     Set<Vocabulary.Name> names) {
        List<String> words = tokens.stream().map(NameKey.Token::key).toList();
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
        boolean saying = words.stream().anyMatch(QuestionWords.SAID::contains);
        if (namesPerson && !saying && (first.equals("who") && Set.of("is", "was", "s", "are").contains(second)
                || words.stream().anyMatch(QuestionWords.ROLE::contains))) {
            return Question.Intent.WHO_IS;
        }
        if (saying) {
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
