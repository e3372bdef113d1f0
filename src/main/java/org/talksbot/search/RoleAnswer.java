package org.talksbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.talksbot.ask.Item;
import org.talksbot.core.EditDistance;
import org.talksbot.i18n.Messages;
import org.talksbot.names.NameIndex;
import org.talksbot.names.NameKey;
import org.talksbot.store.Person;

/**
 * "Who is the foreign minister of Azerbaijan?": the people whose role in the store has every word of
 * the question's role (a country in any form: Azerbaijan, Azerbaijani, Baku; a typo forgiven), the
 * closest role first, then the most recent; each role shown with the date a quote last gave it, then
 * each one's newest quote in that role and newest event.
 */
final class RoleAnswer {

    private static final Set<String> SPOKESPERSON = Set.of("speak", "speaks", "spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "spokespersons", "spokesmen");
    private static final Set<String> IGNORED = Set.of("chief", "head", "top", "current", "currently", "now", "main",
            "official", "senior", "person", "someone", "responsible", "charge", "today", "actual", "for", "name",
            "names", "called");

    /** Each role's tokens, worked out once: roles are few and their analysis never changes. */
    private static final Map<String, Set<String>> ROLE_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A person whose role matches, and how closely. */
    record Match(Person person, PersonRoles.DatedRole role, double score) {
    }

    private RoleAnswer() {
    }

    /** The answer for these role words, or null when no role in the store has them all. */
    static Answer answer(Question question, List<String> roleWords, IndexSnapshot index, int shown, Messages m) {
        List<Match> matches = matches(roleWords, index);
        if (matches.isEmpty()) {
            return null;
        }
        List<Person> people = matches.stream().map(Match::person).toList();
        List<String> notes = matches.stream().map(match -> match.role().text(m)).toList();
        String understood = m.get("search.understood.role", "words", String.join(" ", roleWords));
        return new Answer(Answer.Kind.FOUND, question, "", understood, people, notes, evidence(matches, index, shown),
                Answer.Speakers.of(people));
    }

    /** The people whose roles have every one of these words, closest and most recent first. */
    static List<Match> matches(List<String> roleWords, IndexSnapshot index) {
        Set<String> wanted = tokens(roleWords, index.analyzer());
        if (wanted.isEmpty() || wanted.stream().allMatch(t -> t.startsWith("side:"))) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, List<PersonRoles.DatedRole>> entry : index.roles().entrySet()) {
            Person person = index.vocabulary().person(entry.getKey());
            Match best = null;
            for (PersonRoles.DatedRole role : entry.getValue()) {
                Set<String> has = ROLE_TOKENS.computeIfAbsent(role.role(),
                        r -> tokens(Words.split(usForm(r)), index.analyzer()));
                if (person != null && wanted.stream().allMatch(w -> has(has, w))) {
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
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.role().asOf(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(m -> m.person().name()));
        return matches;
    }

    private static final Pattern US_DOTTED = Pattern.compile("\\b[Uu]\\.[Ss]\\.");

    /** "U.S." as the one word "US", so the role and the question read it alike. */
    static String usForm(String text) {
        return US_DOTTED.matcher(text).replaceAll("US");
    }

    private static boolean has(Set<String> tokens, String wanted) {
        if (tokens.contains(wanted)) {
            return true;
        }
        int tolerance = wanted.startsWith("side:") ? 0 : Math.min(1, NameIndex.tolerance(wanted.length()));
        return tolerance > 0 && tokens.stream().anyMatch(t -> EditDistance.between(t, wanted) <= tolerance);
    }

    /** Each person's newest quote given in the matching role, then each one's newest event. */
    private static List<IndexedItem> evidence(List<Match> matches, IndexSnapshot index, int shown) {
        List<IndexedItem> quotes = new ArrayList<>();
        List<IndexedItem> events = new ArrayList<>();
        for (Match match : matches.subList(0, Math.min(shown, matches.size()))) {
            String id = match.person().id();
            newest(index, IndexBuilder.QUOTE, IndexBuilder.SPEAKER, id, 20).stream()
                    .filter(q -> q.item() instanceof Item.OfQuote of
                            && match.role().role().equals(of.quote().speakerRole()))
                    .findFirst().ifPresent(quotes::add);
            newest(index, IndexBuilder.EVENT, IndexBuilder.PERSON, id, 1).forEach(events::add);
        }
        List<IndexedItem> items = new ArrayList<>(quotes);
        events.stream().filter(e -> !items.contains(e)).forEach(items::add);
        return items.subList(0, Math.min(shown, items.size()));
    }

    private static List<IndexedItem> newest(IndexSnapshot index, String kind, String field, String id, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(IndexBuilder.KIND, kind)), Occur.FILTER);
        query.add(new TermQuery(new Term(field, id)), Occur.FILTER);
        return index.search(query.build(), 0, limit, true);
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
