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
import org.talksbot.store.Person;

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
        String typed = text == null ? "" : text.replaceAll("\\b[Uu]\\.[Ss]\\.", "US")
                .replaceAll("(?<=\\d)[,.](?=\\d{3}(?!\\d))", "");
        List<NameKey.Token> tokens = NameKey.tokens(typed);
        if (tokens.size() > MAX_WORDS) {
            tokens = tokens.subList(0, MAX_WORDS);
        }
        List<String> words = tokens.stream().map(NameKey.Token::key).toList();
        if (SmallTalk.of(words) != null) {
            return new Question(text, Question.Intent.ANY, List.of(), List.of(), List.of(), null, List.of(),
                    List.of(), Question.Ask.SMALLTALK, List.of(), false, Question.Only.ANY, List.of(), false);
        }
        List<NameKey.Token> english = ForeignQuestion.english(tokens, vocabulary.foreignNames(),
                phrase -> !vocabulary.exact(phrase).isEmpty());
        if (english != tokens) {
            // read from here on as the English words it was understood as, which the answer's kinds look at
            tokens = english.size() > MAX_WORDS ? english.subList(0, MAX_WORDS) : english;
            words = tokens.stream().map(NameKey.Token::key).toList();
            text = String.join(" ", words);
        }
        BitSet used = new BitSet(words.size());
        Question.Period period = dates.read(words, used);
        Set<Vocabulary.Name> names = new LinkedHashSet<>();
        BitSet nameWords = new BitSet(words.size());
        List<String> sides = speakerSides(words, used);
        boolean whoIs = whoIsName(words, used, nameWords, vocabulary, names);
        boolean asksRole = !whoIs && words.size() > 2 && words.get(0).equals("who")
                && Set.of("is", "was").contains(words.get(1)) && words.stream().noneMatch(QuestionWords.SAID::contains)
                && words.stream().noneMatch(QuestionWords.MEDIATED::contains);
        List<String> loose = new ArrayList<>();
        int phrases;
        // a misspelt name ranks by the name as spelt in the store ("blinkn" ranks as "antony blinken")
        List<String> corrected = new ArrayList<>();
        {
            phrases = findNames(tokens, words, used, nameWords, vocabulary, names, corrected);
            // a word in Russian or Armenian letters that names nothing may still name something spelt in Latin ones
            List<String> latin = words.stream().map(w -> Transliteration.applies(w) ? Transliteration.latin(w) : w)
                    .toList();
            List<NameKey.Token> latinTokens = latin.stream().map(w -> new NameKey.Token(w, w)).toList();
            phrases += findNames(latinTokens, latin, used, nameWords, vocabulary, names, corrected);
            words = latin;
        }
        scopeWords(words, used, loose);
        topicsOfPlaces(vocabulary, names);
        List<String> other = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean foreign = !tokens.get(i).key().equals(word);
            if (!used.get(i) && !QuestionWords.isCarrierOnly(word) && !QuestionWords.isCarrierOnly(tokens.get(i).key())
                    && !other.contains(word) && !loose.contains(word)) {
                // words from another script rarely meet an English text, and "status" or "situation" say how
                // something is asked more than what: they rank but never exclude
                (foreign || QuestionWords.SOFT.contains(word) ? loose : other).add(word);
            } else if (nameWords.get(i) && !QuestionWords.FILLER.contains(word)) {
                named.add(word);
            }
        }
        corrected.stream().filter(w -> !named.contains(w) && !QuestionWords.FILLER.contains(w)).forEach(named::add);
        List<String> typedWords = tokens.stream().map(NameKey.Token::key).toList();
        Question.Intent intent = intent(typedWords, names);
        List<Person> people = named(names, Vocabulary.Name.Type.PERSON, vocabulary::person);
        // a name alone ("Лачин", "Əliyev") asks what is new about it
        boolean single = phrases == 1 && nameWords.cardinality() == words.size();
        Question question = new Question(text, intent, people,
                named(names, Vocabulary.Name.Type.TOPIC, vocabulary::topic),
                named(names, Vocabulary.Name.Type.PLACE, vocabulary::place),
                period, other, named, asksRole ? Question.Ask.ROLE : Question.Ask.PLAIN, sides,
                typedWords.stream().anyMatch(QuestionWords.LATEST::contains) || single && intent == Question.Intent.ANY,
                only(typedWords), loose, unknownSpeaker(typedWords, used, sides, people));
        return asksRole ? question : AskKinds.classify(question, typedWords);
    }

    /** Finds the names among the unused words; how many it found. */
    private static int findNames(List<NameKey.Token> tokens, List<String> words, BitSet used, BitSet nameWords,
                                 Vocabulary vocabulary, Set<Vocabulary.Name> names, List<String> corrected) {
        int found = 0;
        for (int i = 0; i < words.size(); i++) {
            if (used.get(i)) {
                continue;
            }
            int length = longestNameAt(tokens, i, used, vocabulary, names, corrected);
            if (length > 0) {
                used.set(i, i + length);
                nameWords.set(i, i + length);
                found++;
            }
        }
        return found;
    }

    /**
     * "What did Erdogan say": the words before the verb of saying name nobody the store knows, so what
     * that speaker said is not known here, whatever else matches.
     */
    private static boolean unknownSpeaker(List<String> words, BitSet used, List<String> sides, List<Person> people) {
        int verb = -1;
        for (int i = 0; i < words.size() && verb < 0; i++) {
            verb = QuestionWords.SAID.contains(words.get(i)) ? i : -1;
        }
        // "what did X say", "X's reaction": the speaker comes first; a "statement" late in a sentence has none
        if (verb < 1 || verb > 5) {
            return false;
        }
        for (int i = 0; i < verb; i++) {
            String word = words.get(i);
            if (!used.get(i) && !QuestionWords.FILLER.contains(word) && !QuestionWords.SPEAKING_BODY.contains(word)
                    && !QuestionWords.LATEST.contains(word) && !QuestionWords.ROLE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
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
    private static boolean whoIsName(List<String> words, BitSet used, BitSet nameWords, Vocabulary vocabulary,
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

    /** "The peace process", "the talks" name everything the store is about: they rank but narrow nothing. */
    private static void scopeWords(List<String> words, BitSet used, List<String> loose) {
        for (int i = 0; i < words.size(); i++) {
            boolean peace = words.get(i).equals("peace") && i + 1 < words.size()
                    && QuestionWords.SCOPE.contains(words.get(i + 1));
            if (peace || QuestionWords.SCOPE.contains(words.get(i)) && !used.get(i)) {
                int length = peace ? 2 : 1;
                used.set(i, i + length);
                words.subList(i, i + length).forEach(loose::add);
                i += length - 1;
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
                                     Set<Vocabulary.Name> names, List<String> corrected) {
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
