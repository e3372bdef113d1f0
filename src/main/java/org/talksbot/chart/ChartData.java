package org.talksbot.chart;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.EventDate;

/**
 * What one chart shows: per bar, how many items of each group; the marked milestones; and the totals,
 * which equal the number of items of the subject in the period.
 */
public record ChartData(ChartSubject subject, Period period, Map<TopicGroup, int[]> counts,
                        List<Milestone> milestones, int events, int quotes, int datedToYearOnly) {

    /** An event marked on the time axis: its date as precise as its sources, and its titles. */
    public record Milestone(int bin, EventDate date, String title, String titleRu, String titleHy) {

        /** The title in the language, or the English one where the curators gave no translation (as Event.title does). */
        public String title(Language language) {
            String translated = switch (language) {
                case RU -> titleRu;
                case HY -> titleHy;
                default -> null;
            };
            return translated == null || translated.isBlank() ? title : translated;
        }
    }

    public ChartData {
        counts = new EnumMap<>(counts);
        milestones = List.copyOf(milestones);
    }

    /** Items counted across all bars and groups. */
    public int total() {
        int total = 0;
        for (int[] bars : counts.values()) {
            for (int count : bars) {
                total += count;
            }
        }
        return total;
    }

    public int bins() {
        return period.bins();
    }

    /** Items in one bar, all groups together. */
    public int inBin(int bin) {
        return counts.values().stream().mapToInt(bars -> bars[bin]).sum();
    }

    /** Items of one group, all bars together. */
    public int inGroup(TopicGroup group) {
        int[] bars = counts.get(group);
        return bars == null ? 0 : java.util.Arrays.stream(bars).sum();
    }

    public String label(int bin) {
        return period.label(bin);
    }

    /** Title on the image: what is counted, per what, over which bars (the subject's name unescaped). */
    String title(Messages messages) {
        return messages.get("chart.title", "kind", subject.kind().name().toLowerCase(java.util.Locale.ROOT),
                "name", subject.name(), "unit", period.unit(), "span", period.span(messages));
    }
}
