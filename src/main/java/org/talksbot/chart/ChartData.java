package org.talksbot.chart;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one chart shows: per bar, how many items of each group; the marked milestones; and the totals,
 * which equal the number of items of the subject in the period.
 */
public record ChartData(ChartSubject subject, Period period, Map<TopicGroup, int[]> counts,
                        List<Milestone> milestones, int events, int quotes, int datedToYearOnly) {

    /** An event marked on the time axis. */
    public record Milestone(int bin, String date, String title) {
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

    /** Title on the image: what is counted, per what, over which bars. */
    String title() {
        return subject.counted() + " per " + period.unit() + ", " + period.span();
    }
}
