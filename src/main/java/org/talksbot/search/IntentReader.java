package org.talksbot.search;

import java.util.List;
import java.util.Set;

/** What a question asks, from how it is worded: who someone is, what was said, when, where, the latest. */
final class IntentReader {

    private IntentReader() {
    }

    static Question.Intent intent(List<String> words, Set<Vocabulary.Name> names) {
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

    /** Naming both events and quotes, or neither, wants either. */
    static Question.Only only(List<String> words) {
        boolean events = words.stream().anyMatch(w -> w.equals("event") || w.equals("events"));
        boolean quotes = words.stream().anyMatch(w -> w.equals("quote") || w.equals("quotes"));
        return events == quotes ? Question.Only.ANY : events ? Question.Only.EVENTS : Question.Only.QUOTES;
    }
}
