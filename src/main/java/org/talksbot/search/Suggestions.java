package org.talksbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Person;
import org.talksbot.store.Topic;

/** Example questions the store can answer, made from its newest quotes and events and checked before they are offered. */
final class Suggestions {

    /**
     * A question checked in English (the words a button sends: the reader understands them whatever the chat's
     * language, and the answer comes in the chat's language), shown in the chat's language.
     */
    record Suggestion(String english, String speaker, Topic topic, String year) {
        String text(Messages m) {
            return speaker != null ? m.get("search.suggest.said", "speaker", speaker, "topic", topicName(m))
                    : m.get("search.suggest.happened", "year", year);
        }

        /** The topic as the English sentence writes it, else its name in the language. */
        private String topicName(Messages m) {
            return m.language() == Language.EN ? inSentence(topic) : topic.name(m.language());
        }
    }

    static final int WANTED = 3;
    private static final int CANDIDATE_QUOTES = 30;

    private Suggestions() {
    }

    static List<Suggestion> questions(IndexSnapshot index, QuestionReader reader) {
        List<Suggestion> candidates = new ArrayList<>();
        for (IndexedItem quote : index.newest(IndexBuilder.QUOTE, 0, CANDIDATE_QUOTES)) {
            Person speaker = index.vocabulary().person(quote.speaker());
            Topic topic = quote.topics().isEmpty() ? null : index.vocabulary().topic(quote.topics().get(0));
            if (speaker != null && topic != null && "person".equalsIgnoreCase(speaker.kind())) {
                candidates.add(new Suggestion("What did " + speaker.name() + " say about " + inSentence(topic) + "?",
                        speaker.name(), topic, null));
            }
        }
        for (IndexedItem event : index.newest(IndexBuilder.EVENT, 0, 1)) {
            String year = String.valueOf(event.item().date().date().getYear());
            candidates.add(new Suggestion("What happened in " + year + "?", null, null, year));
        }
        List<Suggestion> answerable = new ArrayList<>();
        List<String> speakersUsed = new ArrayList<>();
        for (Suggestion candidate : candidates) {
            String speaker = candidate.speaker() == null ? "" : candidate.speaker();
            if (answerable.size() < WANTED && !speakersUsed.contains(speaker)
                    && !QuestionSearch.find(reader.read(candidate.english(), index.vocabulary()), index, 0, 1).isEmpty()) {
                answerable.add(candidate);
                speakersUsed.add(speaker);
            }
        }
        return answerable;
    }

    /**
     * The topic's name as it reads mid-sentence: "trade and transit", but "Lachin corridor", "EU mediation". The
     * first word keeps its capital when it is an acronym or when the topic's own background capitalises it
     * mid-sentence (a name such as Lachin or Russian); otherwise it is an ordinary word.
     */
    static String inSentence(Topic topic) {
        String name = topic.name();
        String first = name.split("[\\s-]", 2)[0];
        boolean acronym = first.length() > 1 && (Character.isUpperCase(first.charAt(1)) || first.contains("."));
        if (acronym || first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || capitalisedMidSentence(first, topic)) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean capitalisedMidSentence(String word, Topic topic) {
        Pattern whole = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])");
        for (String sentence : (topic.background() == null ? "" : topic.background()).split("(?<=[.;:!?])\\s+")) {
            String[] opening = sentence.split("\\s+", 2);
            if (opening.length > 1 && whole.matcher(opening[1]).find()) {
                return true;
            }
        }
        return false;
    }
}
