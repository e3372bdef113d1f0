package org.talksbot.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talksbot.core.Html;
import org.talksbot.core.HtmlSplitter;
import org.talksbot.store.EventDate;
import org.talksbot.store.Precision;

/**
 * Writes a digest: a heading, then the items grouped by topic (the topic whose group holds the newest
 * item first), newest first within each, each dated with its source link. One message, split only
 * where Telegram's 4,096-character limit forces it.
 */
final class DigestRenderer {

    static final int MAX_QUOTE_CHARS = 300;
    static final String OTHER = "Other";

    private DigestRenderer() {
    }

    /** Parts of the digest's text; entries come newest first. */
    static List<String> render(DigestSchedule.Mode mode, LocalDate localDay, List<DigestQueries.Entry> entries) {
        Map<String, List<DigestQueries.Entry>> byTopic = new LinkedHashMap<>();
        for (DigestQueries.Entry entry : entries) {
            byTopic.computeIfAbsent(entry.topic() == null ? OTHER : entry.topic(), t -> new ArrayList<>()).add(entry);
        }
        long corrected = entries.stream().filter(DigestQueries.Entry::correction).count();
        StringBuilder html = new StringBuilder();
        html.append("<b>").append(mode == DigestSchedule.Mode.WEEKLY ? "Weekly" : "Daily").append(" digest</b> · ")
                .append(Html.escape(localDay.toString())).append('\n')
                .append(count(entries.size() - corrected, "new item", "new items"));
        if (corrected > 0) {
            html.append(", ").append(count(corrected, "correction", "corrections"));
        }
        html.append(" since the last digest.\n");
        byTopic.forEach((topic, items) -> {
            html.append('\n').append(Html.bold(topic)).append('\n');
            items.forEach(entry -> html.append(line(entry)).append('\n'));
        });
        html.append("\n/digest changes when digests come; /event ID or /quote ID shows an item in full.");
        return HtmlSplitter.split(html.toString(), HtmlSplitter.TELEGRAM_LIMIT);
    }

    private static String line(DigestQueries.Entry e) {
        String date = new EventDate(e.itemDate(), Precision.valueOf(e.datePrecision().toUpperCase(Locale.ROOT)))
                .toString();
        String what = "EVENT".equals(e.itemKind())
                ? Html.escape(e.title())
                : Html.escape(e.speaker()) + ": “" + Html.escape(shortened(e.text())) + "”";
        String source = e.sourceUrl() == null ? ""
                : " · " + Html.link(e.sourceName() == null || e.sourceName().isBlank() ? e.sourceUrl() : e.sourceName(),
                        e.sourceUrl());
        return "• " + (e.correction() ? "<i>Correction:</i> " : "") + Html.escape(date) + " · " + what + source
                + " · <code>" + Html.escape(e.itemId()) + "</code>";
    }

    private static String shortened(String text) {
        return text.length() <= MAX_QUOTE_CHARS ? text : NotificationRenderer.shortenedTo(text, MAX_QUOTE_CHARS);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
