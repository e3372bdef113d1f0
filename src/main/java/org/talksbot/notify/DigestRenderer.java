package org.talksbot.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talksbot.core.Html;
import org.talksbot.core.HtmlSplitter;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * Writes a digest in the chat's language: a heading, then the items grouped by topic (the topic whose
 * group holds the newest item first), newest first within each, each dated with its source link. One
 * message, split only where Telegram's 4,096-character limit forces it.
 */
final class DigestRenderer {

    static final int MAX_QUOTE_CHARS = 300;

    private DigestRenderer() {
    }

    /** In English, titles and topics as the entries give them. */
    static List<String> render(DigestSchedule.Mode mode, LocalDate localDay, List<DigestQueries.Entry> entries) {
        return render(mode, localDay, entries, Language.EN);
    }

    /** Parts of the digest's text; entries come newest first. */
    static List<String> render(DigestSchedule.Mode mode, LocalDate localDay, List<DigestQueries.Entry> entries,
                               Language language) {
        Messages m = Messages.of(language);
        Map<String, List<DigestQueries.Entry>> byTopic = new LinkedHashMap<>();
        for (DigestQueries.Entry entry : entries) {
            String topic = entry.topic() == null ? m.get("digest.topic.other") : entry.topic(language);
            byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(entry);
        }
        long corrected = entries.stream().filter(DigestQueries.Entry::correction).count();
        StringBuilder html = new StringBuilder();
        html.append(m.get("digest.heading", "mode", mode.name().toLowerCase(Locale.ROOT),
                "date", Html.escape(m.day(localDay)))).append('\n');
        html.append(corrected > 0
                ? m.get("digest.counts_corrections", "items", entries.size() - corrected, "corrections", corrected)
                : m.get("digest.counts", "items", entries.size())).append('\n');
        byTopic.forEach((topic, items) -> {
            html.append('\n').append(Html.bold(topic)).append('\n');
            items.forEach(entry -> html.append(line(m, entry)).append('\n'));
        });
        html.append('\n').append(m.get("digest.footer"));
        String notice = CuratedNames.englishNotice(m);
        if (!notice.isEmpty()) {
            html.append('\n').append(notice);
        }
        return HtmlSplitter.split(html.toString(), HtmlSplitter.TELEGRAM_LIMIT);
    }

    private static String line(Messages m, DigestQueries.Entry e) {
        String what = "EVENT".equals(e.itemKind())
                ? Html.escape(e.title(m.language()))
                : m.get("digest.quote", "speaker", Html.escape(e.speaker()), "text", Html.escape(shortened(e.text())));
        String source = e.sourceUrl() == null ? ""
                : " · " + Html.link(e.sourceName() == null || e.sourceName().isBlank() ? e.sourceUrl() : e.sourceName(),
                        e.sourceUrl());
        return m.get(e.correction() ? "digest.line_correction" : "digest.line",
                "date", Html.escape(ItemDates.of(m, e.itemDate(), e.datePrecision())), "what", what,
                "source", source, "id", Html.escape(e.itemId()));
    }

    private static String shortened(String text) {
        return text.length() <= MAX_QUOTE_CHARS ? text : NotificationRenderer.shortenedTo(text, MAX_QUOTE_CHARS);
    }
}
