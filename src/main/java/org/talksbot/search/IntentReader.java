package org.talksbot.search;

import java.util.List;
import java.util.Set;

/** What a question asks, from how it is worded: who someone is, what was said, when, where, the latest. */
final class IntentReader {

    private static final Set<String> IS = Set.of("is", "was", "s", "are");

    private IntentReader() {
    }

    static Question.Intent intent(List<String> words, Set<Vocabulary.Name> names) {
        String first = words.isEmpty() ? "" : words.get(0);
        String second = words.size() > 1 ? words.get(1) : "";
        boolean namesPerson = false;
        for (Vocabulary.Name name : names) {
            namesPerson |= name.type() == Vocabulary.Name.Type.PERSON;
        }
        boolean saying = anyIn(words, QuestionWords.SAID);
        if (namesPerson && !saying && (first.equals("who") && IS.contains(second)
                || anyIn(words, QuestionWords.ROLE))) {
            return Question.Intent.WHO_IS;
        }
        if (saying) {
            return Question.Intent.SAID;
        }
        if (anyIn(words, QuestionWords.LATEST)) {
            return Question.Intent.LATEST;
        }
        if (first.equals("when") || (first.equals("what") || first.equals("which"))
                && (second.equals("date") || second.equals("year") || second.equals("day"))) {
            return Question.Intent.WHEN;
        }
        if (first.equals("where")) {
            return Question.Intent.WHERE;
        }
        if (anyIn(words, QuestionWords.HAPPENED)) {
            return Question.Intent.HAPPENED;
        }
        return Question.Intent.ANY;
    }

    /** Naming both events and quotes, or neither, wants either. */
    static Question.Only only(List<String> words) {
        boolean events = words.contains("event") || words.contains("events");
        boolean quotes = words.contains("quote") || words.contains("quotes");
        return events == quotes ? Question.Only.ANY : events ? Question.Only.EVENTS : Question.Only.QUOTES;
    }

    /** Whether any of the words is in the set (a plain loop: this runs for every question). */
    static boolean anyIn(List<String> words, Set<String> set) {
        for (String word : words) {
            if (set.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
