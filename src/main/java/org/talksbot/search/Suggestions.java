package org.talksbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.talksbot.store.Person;
import org.talksbot.store.Topic;

/** Example questions the store can answer, made from its newest quotes and events and checked before they are offered. */
final class Suggestions {

    static final int WANTED = 3;
    private static final int CANDIDATE_QUOTES = 30;

    private Suggestions() {
    }

    static List<String> questions(IndexSnapshot index, QuestionReader reader) {
        List<String> candidates = new ArrayList<>();
        for (IndexedItem quote : index.newest(IndexBuilder.QUOTE, 0, CANDIDATE_QUOTES)) {
            Person speaker = index.vocabulary().person(quote.speaker());
            Topic topic = quote.topics().isEmpty() ? null : index.vocabulary().topic(quote.topics().get(0));
            if (speaker != null && topic != null && "person".equalsIgnoreCase(speaker.kind())) {
                candidates.add("What did " + speaker.name() + " say about " + inSentence(topic) + "?");
            }
        }
        for (IndexedItem event : index.newest(IndexBuilder.EVENT, 0, 1)) {
            candidates.add("What happened in " + event.item().date().date().getYear() + "?");
        }
        List<String> answerable = new ArrayList<>();
        List<String> speakersUsed = new ArrayList<>();
        for (String candidate : candidates) {
            String speaker = candidate.startsWith("What did ") ? candidate.substring(9, candidate.indexOf(" say")) : "";
            if (answerable.size() < WANTED && !speakersUsed.contains(speaker)
                    && !QuestionSearch.find(reader.read(candidate, index.vocabulary()), index, 0, 1).isEmpty()) {
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
