package org.talksbot.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talksbot.store.EventDate;
import org.talksbot.store.Precision;

/** Turns the rows of a subject into bars and milestones. */
final class ChartDataBuilder {

    /** Marks on one chart; more would crowd the labels. */
    static final int MAX_MILESTONES = 4;

    private record Item(String id, boolean event, LocalDate date, String precision, ChartRow title,
                        Set<String> topics, int quotes, int sources) {
    }

    private ChartDataBuilder() {
    }

    /**
     * The chart of {@code rows} from {@code from} to {@code to}, clipped to the store's dates {@code storeFirst}
     * to {@code storeNewest}; with no range, from the subject's first item to its newest. Empty when fewer
     * than two items fall in it.
     */
    static Optional<ChartData> build(ChartSubject subject, List<ChartRow> rows, Map<String, ChartRow.Weight> weights,
                                     LocalDate from, LocalDate to, LocalDate storeFirst, LocalDate storeNewest) {
        List<Item> all = items(rows, weights);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = from == null ? all.stream().map(Item::date).min(Comparator.naturalOrder()).orElseThrow()
                : later(from, storeFirst);
        LocalDate end = to == null ? all.stream().map(Item::date).max(Comparator.naturalOrder()).orElseThrow()
                : earlier(to, storeNewest);
        List<Item> shown = all.stream().filter(i -> !i.date().isBefore(start) && !i.date().isAfter(end)).toList();
        if (shown.size() < 2) {
            return Optional.empty();
        }
        Period period = Period.covering(start, end);
        Map<TopicGroup, int[]> counts = new EnumMap<>(TopicGroup.class);
        for (Item item : shown) {
            counts.computeIfAbsent(TopicGroup.ofTopics(item.topics()), g -> new int[period.bins()])
                    [period.index(item.date())]++;
        }
        int events = (int) shown.stream().filter(Item::event).count();
        int yearOnly = (int) shown.stream().filter(i -> "year".equalsIgnoreCase(i.precision())).count();
        return Optional.of(new ChartData(subject, period, counts, milestones(shown, period), events,
                shown.size() - events, yearOnly));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    private static List<Item> items(List<ChartRow> rows, Map<String, ChartRow.Weight> weights) {
        Map<String, Item> byId = new LinkedHashMap<>();
        ChartRow.Weight none = new ChartRow.Weight("", 0, 0);
        for (ChartRow row : rows) {
            Item item = byId.computeIfAbsent(row.kind() + " " + row.id(), k -> {
                boolean event = "EVENT".equals(row.kind());
                ChartRow.Weight weight = event ? weights.getOrDefault(row.id(), none) : none;
                return new Item(row.id(), event, row.date(), row.datePrecision(), row, new LinkedHashSet<>(),
                        weight.quotes(), weight.sources());
            });
            if (row.topicId() != null) {
                item.topics().add(row.topicId());
            }
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The events most quoted in the store (then most sourced, then oldest), at most {@link #MAX_MILESTONES},
     * each a few bars from the others so their labels stay apart. Deterministic for a given store.
     */
    private static List<ChartData.Milestone> milestones(List<Item> items, Period period) {
        int apart = Math.max(1, period.bins() / 8);
        List<Item> ranked = items.stream().filter(Item::event)
                .sorted(Comparator.comparingInt(Item::quotes).reversed()
                        .thenComparing(Comparator.comparingInt(Item::sources).reversed())
                        .thenComparing(Item::date).thenComparing(Item::id))
                .toList();
        List<ChartData.Milestone> chosen = new ArrayList<>();
        for (Item item : ranked) {
            int bin = period.index(item.date());
            if (item.quotes() == 0 || chosen.size() == MAX_MILESTONES) {
                break;
            }
            if (chosen.stream().allMatch(m -> Math.abs(m.bin() - bin) >= apart)) {
                chosen.add(new ChartData.Milestone(bin, eventDate(item), item.title().title(), item.title().titleRu(),
                        item.title().titleHy()));
            }
        }
        chosen.sort(Comparator.comparingInt(ChartData.Milestone::bin));
        return chosen;
    }

    private static EventDate eventDate(Item item) {
        Precision precision = switch (item.precision() == null ? "day" : item.precision().toLowerCase(java.util.Locale.ROOT)) {
            case "year" -> Precision.YEAR;
            case "month" -> Precision.MONTH;
            default -> Precision.DAY;
        };
        return new EventDate(item.date(), precision);
    }
}
