package org.talksbot.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.talksbot.i18n.Messages;

/** Draws a {@link ChartData} as a stacked bar chart (XChart) and encodes it as PNG, in memory. */
final class ChartRenderer {

    static final int WIDTH = 1000;
    static final int HEIGHT = 600;
    /** Beyond this many bars only the first bar of each year is labelled, so labels do not overlap. */
    private static final int LABEL_EVERY_BAR = 24;
    /** Bars between year labels at the least; a first year with fewer bars goes unlabelled. */
    private static final int YEAR_LABEL_GAP = 4;
    /** Room left and right of the title and legend. */
    private static final int MARGIN = 40;
    /** A legend entry's colour box and gaps, besides its words (XChart's horizontal legend layout, roughly). */
    private static final int LEGEND_ENTRY_EXTRA = 45;

    static {
        // no display on a server; must be set before AWT starts, and a chart is the first AWT use
        System.setProperty("java.awt.headless", "true");
    }

    private ChartRenderer() {
    }

    static byte[] png(ChartData data, Messages messages) {
        CategoryChart chart = chart(data, messages);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            chart.paint(g, WIDTH, HEIGHT);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
        return out.toByteArray();
    }

    private static CategoryChart chart(ChartData data, Messages messages) {
        // the source line sits under the time axis, so a chart forwarded without its caption still says it
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(data.title(messages))
                .xAxisTitle(messages.get("chart.source_line"))
                .yAxisTitle(data.subject().kind() == ChartSubject.Kind.PERSON ? messages.get("chart.axis.events_and_quotes")
                        : messages.get("chart.axis.events"))
                .build();
        style(chart, data);
        // words are longer in some languages: the title and legend shrink to fit the width rather than be cut off
        chart.getStyler().setChartTitleFont(fitting(List.of(data.title(messages)), 17, 11, true, 0));
        chart.getStyler().setLegendFont(fitting(data.counts().keySet().stream().map(g -> g.label(messages)).toList(),
                13, 8, false, LEGEND_ENTRY_EXTRA));
        List<String> labels = labels(data, messages);
        for (Map.Entry<TopicGroup, int[]> group : data.counts().entrySet()) {
            List<Integer> counts = new ArrayList<>();
            for (int count : group.getValue()) {
                counts.add(count);
            }
            chart.addSeries(group.getKey().label(messages), labels, counts).setFillColor(group.getKey().color());
        }
        chart.addAnnotation(new MilestoneMarks(data.milestones(), data.bins(), messages));
        return chart;
    }

    private static void style(CategoryChart chart, ChartData data) {
        var styler = chart.getStyler();
        styler.setStacked(true);
        styler.setOverlapped(false);
        styler.setAvailableSpaceFill(0.85);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotGridLinesColor(new Color(0xE0E0E0));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTickLabelsFont(ChartFont.plain(12));
        styler.setAnnotationTextFont(ChartFont.plain(12));
        styler.setBaseFont(ChartFont.plain(12));
        styler.setXAxisLabelRotation(data.bins() > 12 && data.bins() <= LABEL_EVERY_BAR ? 90 : 0);
        // room above the highest bar for the milestone labels
        int highest = 0;
        for (int bin = 0; bin < data.bins(); bin++) {
            highest = Math.max(highest, data.inBin(bin));
        }
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(Math.ceil(highest / (data.milestones().isEmpty() ? 0.95 : 0.75)));
        styler.setyAxisTickLabelsFormattingFunction(v -> v == Math.rint(v) ? String.valueOf(v.longValue()) : "");
        styler.setAxisTitleFont(ChartFont.plain(12));
    }

    /**
     * The largest font from {@code largest} down to {@code smallest} points in which the texts, side by side with
     * {@code extra} pixels each, fit the chart's width; the smallest when none does.
     */
    static java.awt.Font fitting(List<String> texts, int largest, int smallest, boolean bold, int extra) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            for (int size = largest; size > smallest; size--) {
                java.awt.Font font = bold ? ChartFont.bold(size) : ChartFont.plain(size);
                java.awt.FontMetrics metrics = g.getFontMetrics(font);
                int width = texts.stream().mapToInt(text -> metrics.stringWidth(text) + extra).sum();
                if (width <= WIDTH - 2 * MARGIN) {
                    return font;
                }
            }
            return bold ? ChartFont.bold(smallest) : ChartFont.plain(smallest);
        } finally {
            g.dispose();
        }
    }

    private static int barsLeftInFirstYear(ChartData data) {
        int year = data.period().year(0);
        int bars = 0;
        while (bars < data.bins() && data.period().year(bars) == year) {
            bars++;
        }
        return bars;
    }

    /** One label per bar; with many bars only the first bar of each year is labelled, with the year. */
    private static List<String> labels(ChartData data, Messages messages) {
        List<String> labels = new ArrayList<>();
        for (int bin = 0; bin < data.bins(); bin++) {
            String label = data.period().label(bin, messages);
            if (data.bins() > LABEL_EVERY_BAR) {
                int year = data.period().year(bin);
                boolean yearStarts = bin == 0 ? barsLeftInFirstYear(data) >= YEAR_LABEL_GAP
                        : year != data.period().year(bin - 1);
                label = yearStarts ? String.valueOf(year) : " ";
            }
            labels.add(label);
        }
        return labels;
    }
}
