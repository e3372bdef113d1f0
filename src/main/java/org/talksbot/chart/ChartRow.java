package org.talksbot.chart;

import java.time.LocalDate;

/**
 * One event or quote with one of its topics (null when it has none), as the chart reads them: an item
 * with three topics comes as three rows. {@code title} and the weights are for picking milestones
 * (quotes have no title and never are one).
 */
public record ChartRow(String id, String kind, LocalDate date, String datePrecision, String title, String topicId,
                       int quotes, int sources) {
}
