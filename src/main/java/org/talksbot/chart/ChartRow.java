package org.talksbot.chart;

import java.time.LocalDate;

/**
 * One event or quote with one of its topics (null when it has none), as the chart reads them: an item
 * with three topics comes as three rows. The titles (English, and the curators' Russian and Armenian where
 * given) are for marking an event (quotes are never marked).
 */
public record ChartRow(String id, String kind, LocalDate date, String datePrecision, String title,
                       String titleRu, String titleHy, String topicId) {

    /** How much an event weighs as a mark: the quotes linked to it, then its sources. */
    public record Weight(String id, int quotes, int sources) {
    }
}
