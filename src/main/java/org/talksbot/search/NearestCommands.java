package org.talksbot.search;

import java.util.ArrayList;
import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Topic;

/** Buttons to the commands nearest a question: /who for its people, the topic command, /timeline for its year. */
final class NearestCommands {

    private static final int PER_ROW = 3;

    private NearestCommands() {
    }

    static List<List<Button>> buttons(Question question, List<IndexedItem> items, Messages m) {
        List<Button> buttons = new ArrayList<>();
        question.people().stream().filter(p -> ItemQuery.isPerson(p)).limit(2)
                .forEach(p -> add(buttons, m.get("search.button.who", "name", p.name()), "/who " + p.name()));
        question.topics().stream().limit(2).forEach(t -> add(buttons, t.name(m.language()), commandLine(t)));
        Integer year = year(question, items);
        if (year != null) {
            add(buttons, m.get("search.button.timeline", "year", String.valueOf(year)), "/timeline " + year);
        }
        return rows(buttons);
    }

    static String commandLine(Topic topic) {
        return topic.command() != null ? "/" + topic.command() : "/topic " + topic.id();
    }

    static void add(List<Button> buttons, String label, String data) {
        if (ButtonData.fits(data) && buttons.stream().noneMatch(b -> b.data().equals(data))) {
            buttons.add(new Button(label, data));
        }
    }

    static List<List<Button>> rows(List<Button> buttons) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += PER_ROW) {
            rows.add(List.copyOf(buttons.subList(i, Math.min(i + PER_ROW, buttons.size()))));
        }
        return rows;
    }

    /** The year asked about, else the year of the best item. */
    private static Integer year(Question question, List<IndexedItem> items) {
        Question.Period period = question.period();
        if (period != null && period.from() != null && period.from().getYear() == period.to().getYear()) {
            return period.from().getYear();
        }
        return items.isEmpty() ? null : items.get(0).item().date().date().getYear();
    }
}
