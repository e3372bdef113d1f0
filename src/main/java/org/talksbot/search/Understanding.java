package org.talksbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.talksbot.core.Html;
import org.talksbot.store.Person;
import org.talksbot.store.Topic;

/** The line that says how a question was read ("Quotes by Antony Blinken on Lachin corridor:"), so a misreading shows. */
final class Understanding {

    private Understanding() {
    }

    /** Telegram-HTML, escaped, ending with a colon. */
    static String line(Question question, List<IndexedItem> items) {
        boolean allQuotes = items.stream().allMatch(IndexedItem::isQuote);
        boolean allEvents = items.stream().noneMatch(IndexedItem::isQuote);
        String what = allQuotes ? "Quotes" : allEvents ? "Events" : "Events and quotes";
        if (question.intent() == Question.Intent.LATEST) {
            what = "Latest " + what.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder line = new StringBuilder(what);
        List<String> people = question.people().stream().map(Person::name).toList();
        if (!people.isEmpty()) {
            line.append(allQuotes ? " by " : " with ").append(joined(people, allQuotes ? " or " : " and "));
        }
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
        // a "who said" question answered with events must not read as if these were quotes
        String noQuotes = question.intent() == Question.Intent.SAID && allEvents
                ? "No quotes in the store match this. " : "";
        return Html.italic(noQuotes + line + ":");
    }

    /** "in 2023", "on 2023-02-18", "since 2023" (the label carries its own word). */
    private static String preposition(Question.Period period) {
        String label = period.label();
        if (label.startsWith("since") || label.startsWith("after") || label.startsWith("before")
                || label.startsWith("until")) {
            return " ";
        }
        boolean oneDay = period.from() != null && period.from().equals(period.to());
        return oneDay ? " on " : " in ";
    }

    private static String joined(List<String> parts, String last) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", ")) + last
                + parts.get(parts.size() - 1);
    }
}
