package org.talksbot.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.talksbot.i18n.Messages;

/**
 * Marks milestones on the time axis: a dashed line up from the bar's position and the event's date and
 * title at the top of the plot, labels staggered in rows so none overlaps another. Bar positions follow
 * XChart's category layout (the plot content fills {@code plotContentSize} of the plot, bars evenly spaced).
 */
final class MilestoneMarks extends Annotation {

    static final int MAX_LABEL = 42;
    private static final Color INK = new Color(0x333333);

    /** One mark laid out: its line's x, its label and where the label goes. */
    private record Placed(int x, String text, int textX, int baseline, int textWidth) {
    }

    private final List<ChartData.Milestone> milestones;
    private final int bins;
    private final Messages messages;

    MilestoneMarks(List<ChartData.Milestone> milestones, int bins, Messages messages) {
        super(true);
        this.milestones = milestones;
        this.bins = bins;
        this.messages = messages;
    }

    @Override
    public void paint(Graphics2D g) {
        if (milestones.isEmpty()) {
            return;
        }
        double left = getXAxisScreenValueForMin();
        double width = getXAxisScreenValueForMax() - left;
        double top = getYAxisScreenValueForMin();
        double bottom = getYAxisScreenValueForMax();
        double content = ((org.knowm.xchart.style.AxesChartStyler) styler).getPlotContentSize() * width;
        double step = content / bins;
        double start = left + (width - content) / 2;
        g.setFont(styler.getAnnotationTextFont());
        FontMetrics metrics = g.getFontMetrics();
        int rowHeight = metrics.getHeight() + 2;
        List<List<Rectangle>> rows = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (ChartData.Milestone milestone : milestones) {
            int x = (int) Math.round(start + step * (milestone.bin() + 0.5));
            String text = label(milestone, messages);
            int textWidth = metrics.stringWidth(text);
            int textX = x + 4 + textWidth <= left + width ? x + 4 : x - 4 - textWidth;
            int row = freeRow(rows, new Rectangle(textX - 2, 0, textWidth + 4, rowHeight));
            int baseline = (int) top + 4 + rowHeight * row + metrics.getAscent();
            placed.add(new Placed(x, text, textX, baseline, textWidth));
        }
        // lines first, labels over them on a white ground, so a line never crosses another mark's words
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        for (Placed mark : placed) {
            g.drawLine(mark.x(), mark.baseline() - metrics.getAscent(), mark.x(), (int) bottom);
        }
        for (Placed mark : placed) {
            g.setColor(Color.WHITE);
            g.fillRect(mark.textX() - 2, mark.baseline() - metrics.getAscent() - 1, mark.textWidth() + 4,
                    metrics.getHeight());
            g.setColor(INK);
            g.drawString(mark.text(), mark.textX(), mark.baseline());
        }
    }

    /** The first row whose labels leave room for this one (a new row when none does). */
    private static int freeRow(List<List<Rectangle>> rows, Rectangle box) {
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).stream().noneMatch(placed -> placed.intersects(box))) {
                rows.get(row).add(box);
                return row;
            }
        }
        rows.add(new ArrayList<>(List.of(box)));
        return rows.size() - 1;
    }

    /** The milestone's date in the reader's language and its title, cut to {@link #MAX_LABEL} characters. */
    static String label(ChartData.Milestone milestone, Messages messages) {
        String title = milestone.title(messages.language()) == null ? "" : milestone.title(messages.language());
        if (title.length() > MAX_LABEL) {
            title = title.substring(0, MAX_LABEL - 1).strip() + "…";
        }
        return ChartTexts.date(milestone.date(), messages) + " " + title;
    }
}
