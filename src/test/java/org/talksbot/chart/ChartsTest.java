package org.talksbot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.talksbot.store.TestStore;

/** Charts drawn from a small fixture store: the image, and the counts behind it against the store's. */
class ChartsTest {

    private final Jdbi jdbi = ChartFixture.store().jdbi();
    private final Charts charts = new Charts(jdbi);

    @Test
    void theWholeStoreChartCountsEveryEventOnceInTheFirstGroupOfItsTopics() throws IOException {
        Chart chart = charts.chart(ChartSubject.ALL, null, null).orElseThrow();

        ChartData data = chart.data();
        assertEquals(count("SELECT COUNT(*) FROM event"), data.total());
        assertEquals(data.total(), data.events());
        assertEquals(0, data.quotes());
        // the clash is fighting and Lachin: fighting comes first; the talks are mediation and treaty: mediation
        assertEquals(Map.of(TopicGroup.FIGHTING, 1, TopicGroup.MEDIATION, 2, TopicGroup.TREATY, 1,
                TopicGroup.BORDER, 2, TopicGroup.OTHER, 1), groupTotals(data));
        assertLooksLikeAChart(chart.png(), data);
    }

    @Test
    void aLongRangeHasQuarterBarsFromTheFirstItemToTheNewest() {
        ChartData data = charts.chart(ChartSubject.ALL, null, null).orElseThrow().data();

        // 2021-05 to 2023-06 is 26 months: months; the rule switches to quarters above 36
        assertEquals(26, data.bins());
        assertEquals("2021-05", data.label(0));
        assertEquals("2023-06", data.label(data.bins() - 1));
        assertEquals(3, data.inBin(10), "March 2022 has three events");
    }

    @Test
    void aRangeOfMoreThanThreeYearsIsDrawnInQuarters() {
        Period period = Period.covering(LocalDate.of(2020, 11, 9), LocalDate.of(2026, 1, 13));

        assertTrue(period.quarters());
        assertEquals("2020 Q4", period.label(0));
        assertEquals("2026 Q1", period.label(period.bins() - 1));
        assertEquals(22, period.bins());
    }

    @Test
    void aYearChartHasTwelveMonthBarsAndCountsOnlyThatYearsEvents() throws IOException {
        Chart chart = charts.chart(ChartSubject.ALL, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).orElseThrow();

        assertEquals(12, chart.data().bins());
        assertEquals(count("SELECT COUNT(*) FROM event WHERE YEAR(event_date) = 2022"), chart.data().total());
        assertEquals(1, chart.data().inBin(8), "the month-precision event is in September");
        assertLooksLikeAChart(chart.png(), chart.data());
    }

    @Test
    void aOneMonthChartHasOneBarNamedOnce() {
        ChartData data = charts.chart(ChartSubject.ALL, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31))
                .orElseThrow().data();

        assertEquals(1, data.bins());
        assertEquals(3, data.total());
        assertEquals("Events per month, 2022-03", data.title());
    }

    @Test
    void aTopicChartCountsTheEventsOnTheTopic() throws IOException {
        Chart chart = charts.chart(ChartSubject.topic("lachin-corridor", "Lachin corridor"), null, null).orElseThrow();

        assertEquals(count("SELECT COUNT(*) FROM event_topic WHERE topic_id = 'lachin-corridor'"), chart.data().total());
        assertTrue(chart.caption().contains("Events on Lachin corridor"), chart.caption());
        assertLooksLikeAChart(chart.png(), chart.data());
    }

    @Test
    void aPersonChartCountsTheEventsTheyTookPartInAndTheirQuotes() throws IOException {
        Chart chart = charts.chart(ChartSubject.person("antony-blinken", "Antony Blinken"), null, null).orElseThrow();

        int events = count("SELECT COUNT(*) FROM event_person WHERE person_id = 'antony-blinken'");
        int quotes = count("SELECT COUNT(*) FROM quote WHERE person_id = 'antony-blinken'");
        assertEquals(events, chart.data().events());
        assertEquals(quotes, chart.data().quotes());
        assertEquals(events + quotes, chart.data().total());
        assertTrue(chart.caption().contains(events + " events and " + quotes + " quotes"), chart.caption());
        assertLooksLikeAChart(chart.png(), chart.data());
    }

    @Test
    void anItemDatedOnlyToAYearCountsInItsFirstBarAndTheCaptionSaysSo() {
        ChartData data = charts.chart(ChartSubject.ALL, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                .orElseThrow().data();

        assertEquals(1, data.inBin(0));
        assertEquals(1, data.datedToYearOnly());
        assertTrue(ChartTexts.caption(data).contains("dated only to the year"), ChartTexts.caption(data));
    }

    @Test
    void milestonesAreTheMostQuotedEventsInDateOrder() {
        List<ChartData.Milestone> milestones = charts.chart(ChartSubject.ALL, null, null).orElseThrow().data()
                .milestones();

        // the talks have two quotes, the clash one; events without quotes are never marked
        assertEquals(List.of("Border clash", "Washington talks"),
                milestones.stream().map(ChartData.Milestone::title).toList());
    }

    @Test
    void captionAndTextSayWhatIsCountedThePeriodAndWhereTheDataComesFrom() {
        Chart chart = charts.chart(ChartSubject.ALL, null, null).orElseThrow();

        assertTrue(chart.caption().length() <= 1024, chart.caption().length() + " characters");
        for (String part : List.of("Events per month, 2021-05 – 2023-06", "7 events", "curated store", "/sources")) {
            assertTrue(chart.caption().contains(part), part + " in " + chart.caption());
            assertTrue(chart.text().contains(part), part + " in " + chart.text());
        }
        assertTrue(chart.text().contains("2022-03: 3"), chart.text());
    }

    @Test
    void fewerThanTwoItemsGiveNoChart() {
        assertEquals(Optional.empty(), new Charts(TestStore.empty().jdbi()).chart(ChartSubject.ALL, null, null));
        Jdbi oneEvent = TestStore.empty().topic("peace-treaty", "Peace treaty", "treaty", true, "A treaty.")
                .event("2022-03-20-treaty", "2022-03-20", "Treaty draft", List.of("peace-treaty")).jdbi();
        assertEquals(Optional.empty(), new Charts(oneEvent).chart(ChartSubject.ALL, null, null));
        assertEquals(Optional.empty(), charts.chart(ChartSubject.ALL, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
    }

    @Test
    void theSameChartIsDrawnOnceUntilTheStoreChanges() {
        Chart first = charts.chart(ChartSubject.ALL, null, null).orElseThrow();
        Chart again = charts.chart(ChartSubject.ALL, null, null).orElseThrow();
        assertEquals(1, charts.drawn());
        assertTrue(first == again);

        jdbi.useHandle(h -> h.execute("UPDATE store_revision SET revision = revision + 1"));
        charts.chart(ChartSubject.ALL, null, null).orElseThrow();

        assertEquals(2, charts.drawn());
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedCharts() {
        Charts small = new Charts(jdbi, 2);
        ChartSubject lachin = ChartSubject.topic("lachin-corridor", "Lachin corridor");
        small.chart(ChartSubject.ALL, null, null);
        small.chart(lachin, null, null);
        small.chart(ChartSubject.ALL, null, null);
        small.chart(ChartSubject.person("antony-blinken", "Antony Blinken"), null, null);  // drops Lachin
        assertEquals(3, small.drawn());

        small.chart(ChartSubject.ALL, null, null);
        small.chart(lachin, null, null);

        assertEquals(4, small.drawn());
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static Map<TopicGroup, Integer> groupTotals(ChartData data) {
        Map<TopicGroup, Integer> totals = new java.util.EnumMap<>(TopicGroup.class);
        for (TopicGroup group : TopicGroup.values()) {
            if (data.inGroup(group) > 0) {
                totals.put(group, data.inGroup(group));
            }
        }
        return totals;
    }

    /** A PNG of the chart's size, not blank: every group with items shows its colour. */
    static void assertLooksLikeAChart(byte[] png, ChartData data) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(ChartRenderer.WIDTH, image.getWidth());
        assertEquals(ChartRenderer.HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.size() > 20, "nearly blank: " + colours.size() + " colours");
        for (TopicGroup group : TopicGroup.values()) {
            if (data.inGroup(group) > 0) {
                assertTrue(colours.contains(group.color().getRGB() & 0xFFFFFF), group + "'s colour is missing");
            }
        }
    }
}
