package org.talksbot.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.talksbot.names.NameKey;
import org.talksbot.store.Person;

/**
 * Reads a question in plain words: the people, topics and places it names (the one name index: any
 * alias, any script, surname alone, small misspellings), the governments it names as speakers, the
 * period, what kind of answer it wants, and the words left over.
 */
final class QuestionReader {

    /** Longer messages are read only this far; a question is never that long. */
    static final int MAX_WORDS = 80;

    /** "10,000" and "10.000" read as "10000". */
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(?<=\\d)[,.](?=\\d{3}(?!\\d))");

    private final DateReader dates;

    QuestionReader(Clock clock) {
        this.dates = new DateReader(clock);
    }

    Question read(String text, Vocabulary vocabulary) {
        String typed = text == null ? ""
                : THOUSANDS_SEPARATOR.matcher(RoleAnswer.usForm(text)).replaceAll("");
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
        List<String> sides = SpeakerReader.sides(words, used);
        boolean whoIs = NameReader.whoIs(words, used, nameWords, vocabulary, names);
        boolean asksRole = !whoIs && words.size() > 2 && words.get(0).equals("who")
                && (words.get(1).equals("is") || words.get(1).equals("was"))
                && !IntentReader.anyIn(words, QuestionWords.SAID) && !IntentReader.anyIn(words, QuestionWords.MEDIATED);
        List<String> loose = new ArrayList<>();
        int phrases;
        // a misspelt name ranks by the name as spelt in the store ("blinkn" ranks as "antony blinken")
        List<String> corrected = new ArrayList<>();
        {
            phrases = NameReader.find(tokens, words, used, nameWords, vocabulary, names, corrected);
            // a word in Russian or Armenian letters that names nothing may still name something spelt in Latin ones
            List<String> latin = words.stream().map(w -> Transliteration.applies(w) ? Transliteration.latin(w) : w)
                    .toList();
            List<NameKey.Token> latinTokens = latin.stream().map(w -> new NameKey.Token(w, w)).toList();
            phrases += NameReader.find(latinTokens, latin, used, nameWords, vocabulary, names, corrected);
            words = latin;
        }
        scopeWords(words, used, loose);
        NameReader.addTopicsOfPlaces(vocabulary, names);
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
        Question.Intent intent = IntentReader.intent(typedWords, names);
        List<Person> people = NameReader.named(names, Vocabulary.Name.Type.PERSON, vocabulary::person);
        // a name alone ("Лачин", "Əliyev") asks what is new about it
        boolean single = phrases == 1 && nameWords.cardinality() == words.size();
        Question question = new Question(text, intent, people,
                NameReader.named(names, Vocabulary.Name.Type.TOPIC, vocabulary::topic),
                NameReader.named(names, Vocabulary.Name.Type.PLACE, vocabulary::place),
                period, other, named, asksRole ? Question.Ask.ROLE : Question.Ask.PLAIN, sides,
                IntentReader.anyIn(typedWords, QuestionWords.LATEST) || single && intent == Question.Intent.ANY,
                IntentReader.only(typedWords), loose, SpeakerReader.unknownSpeaker(typedWords, used));
        return asksRole ? question : AskKinds.classify(question, typedWords);
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
}
