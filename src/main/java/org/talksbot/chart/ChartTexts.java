package org.talksbot.chart;

import java.util.ArrayList;
import java.util.List;
import org.talksbot.core.Html;
import org.talksbot.core.Photo;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Messages;
import org.talksbot.store.EventDate;

/**
 * The words that go with a chart, in the reader's language: its caption, and the same counts as text for
 * readers without the image. Milestone titles are curated English (until translated), so a Russian or
 * Armenian reader is told once, at the end.
 */
final class ChartTexts {

    private ChartTexts() {
    }

    /** Telegram-HTML caption, at most {@link Photo#MAX_CAPTION} characters: milestones are left out first. */
    static String caption(ChartData data, Messages messages) {
        String title = Html.bold(data.title(messages));
        String end = "\n" + messages.get("chart.data") + notice(messages);
        List<String> marks = new ArrayList<>(data.milestones().stream().map(m -> mark(m, messages)).toList());
        while (true) {
            String caption = title + "\n" + counted(data, messages) + marked(marks, messages) + end;
            if (caption.length() <= Photo.MAX_CAPTION || marks.isEmpty()) {
                return caption.length() <= Photo.MAX_CAPTION ? caption : title + end;
            }
            marks.remove(marks.size() - 1);
        }
    }

    /** The counts behind the bars, as Telegram-HTML text. */
    static String text(ChartData data, Messages messages) {
        StringBuilder html = new StringBuilder(Html.bold(data.title(messages))).append("\n")
                .append(counted(data, messages));
        html.append("\n\n").append(messages.get("chart.by_group"));
        for (TopicGroup group : TopicGroup.values()) {
            if (data.inGroup(group) > 0) {
                html.append("\n").append(Html.escape(group.label(messages))).append(": ").append(data.inGroup(group));
            }
        }
        html.append("\n\n").append(messages.get("chart.per_unit", "unit", data.period().unit()));
        for (int bin = 0; bin < data.bins(); bin++) {
            if (data.inBin(bin) > 0) {
                html.append("\n").append(Html.escape(data.period().name(bin, messages))).append(": ").append(data.inBin(bin));
            }
        }
        html.append(marked(data.milestones().stream().map(m -> mark(m, messages)).toList(), messages));
        return html.append("\n\n").append(messages.get("chart.data")).append(notice(messages)).toString();
    }

    /** A date as precise as its sources, as the reader's language writes it. */
    static String date(EventDate date, Messages messages) {
        return switch (date.precision()) {
            case DAY -> messages.day(date.date());
            case MONTH -> messages.month(date.date());
            case YEAR -> messages.year(date.date().getYear());
        };
    }

    private static String counted(ChartData data, Messages messages) {
        String items = data.quotes() > 0
                ? messages.get("chart.counted_both", "events", data.events(), "quotes", data.quotes())
                : messages.get("chart.counted_events", "events", data.events());
        String yearOnly = data.datedToYearOnly() > 0
                ? " " + messages.get("chart.year_only", "count", data.datedToYearOnly(), "unit", data.period().unit())
                : "";
        return Html.escape(items + " " + messages.get("chart.groups_rule") + yearOnly);
    }

    private static String marked(List<String> marks, Messages messages) {
        return marks.isEmpty() ? "" : "\n" + messages.get("chart.marked", "marks", String.join("; ", marks));
    }

    private static String mark(ChartData.Milestone milestone, Messages messages) {
        return Html.escape(date(milestone.date(), messages) + " " + milestone.title(messages.language()));
    }

    private static String notice(Messages messages) {
        return EnglishContent.notice(messages);
    }
}
