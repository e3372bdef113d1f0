package org.talksbot.chart;

import java.util.ArrayList;
import java.util.List;
import org.talksbot.core.Html;
import org.talksbot.core.Photo;

/** The words that go with a chart: its caption, and the same counts as text for readers without the image. */
final class ChartTexts {

    private static final String DATA = "Data: the bot's curated store of dated, sourced events and quotes. /sources says where it comes from.";

    private ChartTexts() {
    }

    /** Telegram-HTML caption, at most {@link Photo#MAX_CAPTION} characters: milestones are left out first. */
    static String caption(ChartData data) {
        List<String> marks = new ArrayList<>(data.milestones().stream().map(ChartTexts::mark).toList());
        while (true) {
            String caption = Html.bold(data.title()) + "\n" + counted(data) + marked(marks) + "\n" + DATA;
            if (caption.length() <= Photo.MAX_CAPTION || marks.isEmpty()) {
                return caption.length() <= Photo.MAX_CAPTION ? caption
                        : Html.bold(data.title()) + "\n" + DATA;
            }
            marks.remove(marks.size() - 1);
        }
    }

    /** The counts behind the bars, as Telegram-HTML text. */
    static String text(ChartData data) {
        StringBuilder html = new StringBuilder(Html.bold(data.title())).append("\n").append(counted(data));
        html.append("\n\n<b>By group</b>");
        for (TopicGroup group : TopicGroup.values()) {
            if (data.inGroup(group) > 0) {
                html.append("\n").append(Html.escape(group.label())).append(": ").append(data.inGroup(group));
            }
        }
        html.append("\n\n<b>Per ").append(data.period().unit()).append("</b> (").append(data.period().unit())
                .append("s with none are left out)");
        for (int bin = 0; bin < data.bins(); bin++) {
            if (data.inBin(bin) > 0) {
                html.append("\n").append(Html.escape(data.label(bin))).append(": ").append(data.inBin(bin));
            }
        }
        html.append(marked(data.milestones().stream().map(ChartTexts::mark).toList()));
        return html.append("\n\n").append(Html.escape(DATA)).toString();
    }

    private static String counted(ChartData data) {
        String items = data.quotes() > 0
                ? plural(data.events(), "event") + " and " + plural(data.quotes(), "quote")
                : plural(data.events(), "event");
        String yearOnly = data.datedToYearOnly() > 0
                ? " " + plural(data.datedToYearOnly(), "item") + " dated only to the year count in its first "
                + data.period().unit() + "." : "";
        return Html.escape(items + " by date. Each counts once, in the first group its topics fall in: "
                + "fighting and humanitarian, mediation and talks, treaty and status, border and transport." + yearOnly);
    }

    private static String marked(List<String> marks) {
        return marks.isEmpty() ? "" : "\nMarked (the most-quoted events): " + String.join("; ", marks) + ".";
    }

    private static String mark(ChartData.Milestone milestone) {
        return Html.escape(milestone.date() + " " + milestone.title());
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
