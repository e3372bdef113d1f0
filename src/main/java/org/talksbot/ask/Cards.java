package org.talksbot.ask;

import java.util.List;
import org.talksbot.core.Html;
import org.talksbot.core.TextCut;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Event;
import org.talksbot.store.EventDate;
import org.talksbot.store.Quote;
import org.talksbot.store.Source;
import org.talksbot.store.Topic;

/**
 * How events and quotes look in a reply: dated in the reader's language, escaped, and always with their
 * source link. Quotes stay verbatim and summaries English; every event title and topic name shown goes
 * through {@link #title} and {@link #topicName}, the one place that picks a curated translation.
 */
final class Cards {

    static final int SUMMARY_LINE = 200;

    private Cards() {
    }

    /** Date, bold title, one line of summary, source. */
    static String event(Event event, Messages messages) {
        return date(event.date(), messages) + " · " + Html.bold(title(event, messages)) + "\n"
                + Html.escape(firstLine(event.summary())) + "\n"
                + source(event.source(), messages);
    }

    /** Date, speaker and role, the verbatim text (whole, only escaped), source. */
    static String quote(Quote quote, Messages messages) {
        String role = quote.speakerRole() == null || quote.speakerRole().isBlank() ? ""
                // a role with its own brackets, "UN court (order on provisional measures)", is not bracketed again
                : quote.speakerRole().contains("(") ? ", " + Html.escape(quote.speakerRole())
                : " (" + Html.escape(quote.speakerRole()) + ")";
        return date(quote.date(), messages) + " · " + Html.bold(quote.speaker()) + role + ":\n"
                + "“" + Html.escape(quote.text()) + "”\n"
                + source(quote.source(), messages);
    }

    /** A date as precise as its sources, as the reader's language writes it: a day, a month or a year. */
    static String date(EventDate date, Messages messages) {
        return switch (date.precision()) {
            case DAY -> messages.day(date.date());
            case MONTH -> messages.month(date.date());
            case YEAR -> messages.year(date.date().getYear());
        };
    }

    /** The event's title in the reader's language where the curators gave one (unescaped). */
    static String title(Event event, Messages messages) {
        return event.title(messages.language());
    }

    /** The topic's name in the reader's language where the curators gave one (unescaped). */
    static String topicName(Topic topic, Messages messages) {
        return topic.name(messages.language());
    }

    static String source(Source source, Messages messages) {
        if (source == null || source.url() == null || source.url().isBlank()) {
            return "";
        }
        return messages.get("common.source", "link",
                Html.link(source.name() == null ? source.url() : source.name(), source.url()));
    }

    /** Cards separated by blank lines. */
    static String list(List<? extends Item> items, Messages messages) {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            out.append("\n\n").append(item.card(messages));
        }
        return out.toString();
    }

    /** The first sentence, or the text cut at a word near {@link #SUMMARY_LINE} characters. */
    static String firstLine(String text) {
        String flat = text == null ? "" : Texts.flat(text);
        int end = sentenceEnd(flat);
        if (end > 0 && end <= SUMMARY_LINE) {
            return flat.substring(0, end);
        }
        if (flat.length() <= SUMMARY_LINE) {
            return flat;
        }
        return TextCut.atWord(flat, SUMMARY_LINE) + "…";
    }

    /** End of the first sentence: a stop after a lower-case letter or digit, then a capital. */
    private static int sentenceEnd(String text) {
        for (int i = 1; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            boolean stop = c == '.' || c == '!' || c == '?';
            char before = text.charAt(i - 1);
            if (stop && (Character.isLowerCase(before) || Character.isDigit(before) || before == ')')
                    && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                return i + 1;
            }
        }
        return -1;
    }
}
