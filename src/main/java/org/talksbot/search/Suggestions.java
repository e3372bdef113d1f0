package org.talksbot.search;

import java.util.ArrayList;
import java.util.List;
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
                candidates.add("What did " + speaker.name() + " say about " + topic.name() + "?");
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
}
