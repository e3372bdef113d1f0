package org.talksbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talksbot.names.NameKey;
import org.talksbot.store.Person;

/**
 * "Who is the foreign minister of Azerbaijan?": the people whose role in the store has every word of
 * the question's role (a country in any form: Azerbaijan, Azerbaijani, Baku), the closest role first,
 * then the most recent; each role shown with the date a quote last gave it.
 */
final class RoleAnswer {

    private static final Set<String> SPOKESPERSON = Set.of("speak", "speaks", "spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "spokespersons", "spokesmen");
    private static final Set<String> IGNORED = Set.of("chief", "head", "top", "current", "currently", "now", "main",
            "official", "senior", "person", "someone", "responsible", "charge", "today", "actual", "for");
    private static final Set<String> VERBS = Set.of("is", "was", "are", "were", "s");

    private record Match(Person person, PersonRoles.DatedRole role, double score) {
    }

    private RoleAnswer() {
    }

    static Answer answer(Question question, IndexSnapshot index) {
        List<String> words = Words.split(question.text().replaceAll("\\b[Uu]\\.[Ss]\\.", "US"));
        int start = words.size() > 1 && VERBS.contains(words.get(1)) ? 2 : 1;
        Set<String> wanted = tokens(words.subList(Math.min(start, words.size()), words.size()), index.analyzer());
        if (wanted.isEmpty()) {
            return Answer.dontKnow(question);
        }
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, List<PersonRoles.DatedRole>> entry : index.roles().entrySet()) {
            Person person = index.vocabulary().person(entry.getKey());
            Match best = null;
            for (PersonRoles.DatedRole role : entry.getValue()) {
                Set<String> has = tokens(Words.split(role.role().replaceAll("\\b[Uu]\\.[Ss]\\.", "US")),
                        index.analyzer());
                if (person != null && has.containsAll(wanted)) {
                    double score = (double) wanted.size() / has.size();
                    if (best == null || score > best.score()) {
                        best = new Match(person, role, score);
                    }
                }
            }
            if (best != null) {
                matches.add(best);
            }
        }
        if (matches.isEmpty()) {
            return Answer.dontKnow(question);
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.role().asOf(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(m -> m.person().name()));
        List<Person> people = matches.stream().map(Match::person).toList();
        List<String> notes = matches.stream().map(m -> m.role().role() + m.role().asOfText()).toList();
        String understood = "People whose role in the store matches “" + String.join(" ",
                words.subList(Math.min(start, words.size()), words.size())) + "”, closest first, then the most recent";
        return new Answer(Answer.Kind.FOUND, question, "", understood, people, notes, List.of());
    }

    /** The role words as comparable tokens: a country in any form as its side, spokesman as spokesperson, stems. */
    private static Set<String> tokens(List<String> words, ItemAnalyzer analyzer) {
        Set<String> tokens = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Sides.Match side = Sides.at(words, i);
            if (side != null) {
                tokens.add("side:" + side.side());
                i += side.length() - 1;
                continue;
            }
            String word = words.get(i);
            if (IGNORED.contains(word) || QuestionWords.FILLER.contains(word)) {
                continue;
            }
            if (SPOKESPERSON.contains(word)) {
                tokens.add("spokesperson");
                continue;
            }
            tokens.addAll(analyzer.terms(NameKey.fold(word)));
        }
        return tokens;
    }
}
