package org.talksbot.search;

import com.ibm.icu.text.ListFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Person;

/**
 * The line that says how a question was read ("Quotes by Antony Blinken on Lachin corridor, best match
 * first, then newest"), so a misreading shows, in the chat's language. Plain text: the answer escapes it.
 * It names a speaker only when every quote under it is theirs (the search guarantees that: see
 * {@link ItemQuery}).
 */
final class Understanding {

    /** The orders an answer's items come in, as message keys. */
    static final String BEST_THEN_NEWEST = "search.order.best";
    static final String NEWEST_FIRST = "search.order.newest";

    private static final Map<Language, ListFormatter> AND = formatters(ListFormatter.Type.AND);
    private static final Map<Language, ListFormatter> OR = formatters(ListFormatter.Type.OR);

    private Understanding() {
    }

    static String line(Question question, List<IndexedItem> items, boolean noQuotes, String order, Messages m) {
        return line(question, items, noQuotes, order, false, m);
    }

    /** {@code counts}: the items were chosen for giving a number. */
    static String line(Question question, List<IndexedItem> items, boolean noQuotes, String order, boolean counts,
                       Messages m) {
        boolean allQuotes = items.stream().allMatch(IndexedItem::isQuote);
        boolean allEvents = items.stream().noneMatch(IndexedItem::isQuote);
        String kind = allQuotes ? "quotes" : allEvents ? "events" : "mixed";
        String what = question.newestFirst() ? m.get("search.what.latest", "kind", kind)
                : m.get("search.what", "kind", kind);
        List<String> names = speakers(question, m);
        String speakers = names.isEmpty() ? ""
                : allQuotes ? m.get("search.understood.by", "names", joined(names, false, m))
                : m.get("search.understood.with", "names", joined(names, true, m));
        String line = m.get("search.understood", "what", what, "speakers", speakers, "scope", scope(question, m),
                "counts", counts ? "yes" : "no", "order", m.get(order));
        // a "who said" question answered with events must not read as if these were quotes
        return noQuotes ? m.get("search.understood.no_quotes", "line", line) : line;
    }

    /** Who the question names as speakers or actors: people and sides. */
    static List<String> speakers(Question question, Messages m) {
        List<String> names = new ArrayList<>(question.people().stream().map(Person::name).toList());
        question.sides().forEach(side -> names.add(Sides.label(side, m)));
        return names;
    }

    /** " on Lachin corridor in 2023 matching “checkpoint”": the subjects, period and other words. */
    static String scope(Question question, Messages m) {
        StringBuilder line = new StringBuilder();
        List<String> subjects = new ArrayList<>(question.topics().stream().map(t -> t.name(m.language())).toList());
        question.places().forEach(p -> subjects.add(p.withOtherNames()));
        if (!subjects.isEmpty()) {
            line.append(m.get("search.understood.on", "subjects", joined(subjects, false, m)));
        }
        if (question.period() != null) {
            line.append(Periods.scope(question.period(), m));
        }
        if (!question.otherWords().isEmpty()) {
            line.append(m.get("search.understood.matching", "words",
                    String.join(" ", question.otherWords().stream().limit(8).toList())
                            + (question.otherWords().size() > 8 ? " …" : "")));
        }
        return line.toString();
    }

    /** "A, B and C" or "A, B or C", as the language writes a list. */
    static String joined(List<String> parts, boolean and, Messages m) {
        return (and ? AND : OR).get(m.language()).format(parts);
    }

    /** ICU list formatters are immutable, so one per language serves every thread. */
    private static Map<Language, ListFormatter> formatters(ListFormatter.Type type) {
        Map<Language, ListFormatter> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, ListFormatter.getInstance(language.locale(), type, ListFormatter.Width.WIDE));
        }
        return all;
    }
}
