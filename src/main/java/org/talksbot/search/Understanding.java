package org.talksbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.talksbot.store.Person;
import org.talksbot.store.Topic;

/**
 * The line that says how a question was read ("Quotes by Antony Blinken on Lachin corridor, best match
 * first, then newest"), so a misreading shows. Plain text: the answer escapes it. It names a speaker
 * only when every quote under it is theirs (the search guarantees that: see {@link ItemQuery}).
 */
final class Understanding {

    static final String BEST_THEN_NEWEST = "best match first, then newest first among equally good matches";
    static final String NEWEST_FIRST = "newest first";

    private Understanding() {
    }

    static String line(Question question, List<IndexedItem> items, boolean noQuotes, String order) {
        boolean allQuotes = items.stream().allMatch(IndexedItem::isQuote);
        boolean allEvents = items.stream().noneMatch(IndexedItem::isQuote);
        String what = allQuotes ? "Quotes" : allEvents ? "Events" : "Events and quotes";
        if (question.newestFirst()) {
            what = "Latest " + what.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder line = new StringBuilder(what);
        List<String> speakers = speakers(question);
        if (!speakers.isEmpty()) {
            line.append(allQuotes ? " by " : " with ").append(joined(speakers, allQuotes ? " or " : " and "));
        }
        line.append(scope(question));
        // a "who said" question answered with events must not read as if these were quotes
        String prefix = noQuotes ? "No quotes in the store match this. " : "";
        return prefix + line + ", " + order;
    }

    /** Who the question names as speakers or actors: people and sides. */
    static List<String> speakers(Question question) {
        List<String> names = new ArrayList<>(question.people().stream().map(Person::name).toList());
        question.sides().forEach(side -> names.add(Sides.label(side)));
        return names;
    }

    /** " on Lachin corridor in 2023 matching “checkpoint”": the subjects, period and other words. */
    static String scope(Question question) {
        StringBuilder line = new StringBuilder();
        List<String> subjects = new ArrayList<>(question.topics().stream().map(Topic::name).toList());
        question.places().forEach(p -> subjects.add(p.withOtherNames()));
        if (!subjects.isEmpty()) {
            line.append(" on ").append(joined(subjects, " or "));
        }
        Question.Period period = question.period();
        if (period != null) {
            line.append(preposition(period)).append(period.label());
        }
        if (!question.otherWords().isEmpty()) {
            line.append(" matching “").append(String.join(" ", question.otherWords().stream().limit(8).toList()))
                    .append(question.otherWords().size() > 8 ? " …" : "").append('”');
        }
        return line.toString();
    }

    /** "in 2023", "on 2023-02-18", "since 2023" (the label carries its own word). */
    private static String preposition(Question.Period period) {
        String label = period.label();
        if (label.startsWith("since") || label.startsWith("after") || label.startsWith("before")
                || label.startsWith("until")) {
            return " ";
        }
        return period.oneDay() ? " on " : " in ";
    }

    static String joined(List<String> parts, String last) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", ")) + last
                + parts.get(parts.size() - 1);
    }
}
