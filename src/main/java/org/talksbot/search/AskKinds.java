package org.talksbot.search;

import java.util.List;
import java.util.Set;

/**
 * Which kind of answer a question wants, from how it is asked: who hosted or mediated, how many,
 * who holds a role, or where something stands now; anything else is a plain search.
 */
final class AskKinds {

    /** In "who mediated the talks", these say nothing about which talks. */
    private static final Set<String> MEDIATION_GENERIC = Set.of("talks", "talk", "meeting", "meetings", "summit",
            "summits", "negotiations", "round", "rounds", "countries", "country", "peace", "process", "between",
            "armenia", "azerbaijan", "armenian", "azerbaijani", "sides", "parties", "two", "conflict", "which",
            "were", "people");
    private static final Set<String> WHO_VERBS = Set.of("is", "was", "are", "were", "s", "speaks", "heads",
            "leads", "runs", "represents", "chairs");

    private AskKinds() {
    }

    static Question classify(Question question, List<String> words) {
        String first = words.isEmpty() ? "" : words.get(0);
        String second = words.size() > 1 ? words.get(1) : "";
        boolean saying = question.intent() == Question.Intent.SAID;
        if ((first.equals("who") || first.equals("which")) && words.stream().anyMatch(QuestionWords.MEDIATED::contains)) {
            return question.with(Question.Ask.MEDIATORS).withOtherWords(without(question.otherWords(),
                    QuestionWords.MEDIATED, MEDIATION_GENERIC));
        }
        if (first.equals("how") && (second.equals("many") || second.equals("much"))
                || words.contains("number") || first.equals("size") || words.contains("figures")) {
            return question.with(Question.Ask.COUNT).withOtherWords(without(question.otherWords(),
                    QuestionWords.COUNT, Set.of()));
        }
        if (first.equals("who") && WHO_VERBS.contains(second) && question.people().isEmpty() && !saying
                && question.intent() != Question.Intent.WHO_IS) {
            return question.with(Question.Ask.ROLE);
        }
        if (isStatus(question, words, first)) {
            return question.with(Question.Ask.STATUS).withOtherWords(without(question.otherWords(),
                    QuestionWords.STATUS, Set.of()));
        }
        return question;
    }

    private static boolean isStatus(Question question, List<String> words, String first) {
        if (question.topics().isEmpty() || question.period() != null || question.intent() == Question.Intent.SAID
                || !question.people().isEmpty() && question.people().stream().anyMatch(ItemQuery::isPerson)) {
            return false;
        }
        // a word that is part of a name ("karabakh status") asks nothing about standing
        List<String> asked = words.stream().filter(w -> !question.namedWords().contains(w)).toList();
        boolean asksStanding = asked.stream().anyMatch(w -> Set.of("status", "stand", "stands", "situation", "state",
                "progress", "things").contains(w));
        boolean yesNo = Set.of("is", "are", "has", "have", "was", "were", "did", "does").contains(first)
                && asked.stream().anyMatch(QuestionWords.STATUS::contains);
        return asksStanding || yesNo;
    }

    @SafeVarargs
    private static List<String> without(List<String> words, Set<String>... drop) {
        return words.stream().filter(w -> java.util.Arrays.stream(drop).noneMatch(s -> s.contains(w))).toList();
    }
}
