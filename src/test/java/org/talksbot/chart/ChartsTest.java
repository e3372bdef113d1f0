package org.talksbot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
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
        assertEquals("Events per month, March 2022", data.title(Messages.of(Language.EN)));
        assertEquals("События по месяцам, март 2022 г.", data.title(Messages.of(Language.RU)));
        assertEquals("Իրադարձություններ ըստ ամիսների, մարտ 2022 թ.", data.title(Messages.of(Language.HY)));
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
        String caption = ChartTexts.caption(data, Messages.of(Language.EN));
        assertTrue(caption.contains("1 item dated only to the year counts in its first month"), caption);
        String russian = ChartTexts.caption(data, Messages.of(Language.RU));
        assertTrue(russian.contains("1 запись, датированная только годом, учтена в первом месяце года"), russian);
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
        for (String part : List.of("Events per month, May 2021 – June 2023", "7 events", "curated store", "/sources")) {
            assertTrue(chart.caption().contains(part), part + " in " + chart.caption());
            assertTrue(chart.text().contains(part), part + " in " + chart.text());
        }
        assertTrue(chart.text().contains("March 2022: 3"), chart.text());
    }

    @Test
    void aTitleOrLegendTooWideForTheImageIsDrawnSmallerNotCutOff() {
        assertEquals(17, ChartRenderer.fitting(List.of("Events per month, May 2021"), 17, 11, true, 0).getSize());
        String armenian = "Nikol Pashinyan՝ իրադարձություններ և մեջբերումներ ըստ եռամսյակների, 2020, 4-րդ եռամս. – 2026, 1-ին եռամս.";
        int size = ChartRenderer.fitting(List.of(armenian), 17, 11, true, 0).getSize();
        assertTrue(size < 17 && size >= 11, "size " + size);
        assertEquals(8, ChartRenderer.fitting(List.of("x".repeat(500)), 13, 8, false, 45).getSize(), "never below the smallest");
    }

    @Test
    void captionAndTextAreInTheReadersLanguageAndTheChartIsRememberedPerLanguage() {
        Chart english = charts.chart(ChartSubject.ALL, null, null).orElseThrow();
        long drawn = charts.drawn();
        Chart russian = charts.chart(ChartSubject.ALL, null, null, Messages.of(Language.RU)).orElseThrow();
        Chart armenian = charts.chart(ChartSubject.ALL, null, null, Messages.of(Language.HY)).orElseThrow();
        assertEquals(drawn + 2, charts.drawn(), "each language draws its own image");
        charts.chart(ChartSubject.ALL, null, null, Messages.of(Language.RU));
        assertEquals(drawn + 2, charts.drawn(), "then each is remembered");

        for (String part : List.of("События по месяцам, май 2021 г. – июнь 2023 г.", "7 событий по датам",
                Messages.of(Language.RU).get("chart.data"), Messages.of(Language.RU).get("common.english_notice"))) {
            assertTrue(russian.caption().contains(part), part + " in " + russian.caption());
            assertTrue(russian.text().contains(part), part + " in " + russian.text());
        }
        assertTrue(russian.text().contains("март 2022 г.: 3"), russian.text());
        assertTrue(armenian.caption().startsWith("<b>Իրադարձություններ ըստ ամիսների, մայիս 2021 թ. – հունիս 2023 թ.</b>"),
                armenian.caption());
        assertTrue(armenian.caption().contains("7 իրադարձություն ըստ ամսաթվերի"), armenian.caption());
        assertFalse(english.caption().contains(Messages.of(Language.RU).get("common.english_notice")));
        assertFalse(java.util.Arrays.equals(english.png(), russian.png()), "the words on the image differ");
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
