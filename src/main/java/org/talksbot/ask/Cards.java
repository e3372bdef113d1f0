package org.talksbot.ask;

import java.util.List;
import org.talksbot.core.Html;
import org.talksbot.core.TextCut;
import org.talksbot.store.Event;
import org.talksbot.store.Quote;
import org.talksbot.store.Source;

/** How events and quotes look in a reply: dated, escaped, and always with their source link. */
final class Cards {

    static final int SUMMARY_LINE = 200;

    private Cards() {
    }

    /** Date, bold title, one line of summary, source. */
    static String event(Event event) {
        return event.date() + " · " + Html.bold(event.title()) + "\n"
                + Html.escape(firstLine(event.summary())) + "\n"
                + source(event.source());
    }

    /** Date, speaker and role, the verbatim text (whole, only escaped), source. */
    static String quote(Quote quote) {
        String role = quote.speakerRole() == null || quote.speakerRole().isBlank() ? ""
                // a role with its own brackets, "UN court (order on provisional measures)", is not bracketed again
                : quote.speakerRole().contains("(") ? ", " + Html.escape(quote.speakerRole())
                : " (" + Html.escape(quote.speakerRole()) + ")";
        return quote.date() + " · " + Html.bold(quote.speaker()) + role + ":\n"
                + "“" + Html.escape(quote.text()) + "”\n"
                + source(quote.source());
    }

    static String source(Source source) {
        if (source == null || source.url() == null || source.url().isBlank()) {
            return "";
        }
        return "Source: " + Html.link(source.name() == null ? source.url() : source.name(), source.url());
    }

    /** Cards separated by blank lines. */
    static String list(List<? extends Item> items) {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            out.append("\n\n").append(item.card());
        }
        return out.toString();
    }

    /** The first sentence, or the text cut at a word near {@link #SUMMARY_LINE} characters. */
    static String firstLine(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
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
