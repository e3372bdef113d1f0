package org.talksbot.notify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Button;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.TextCut;

/**
 * Writes the short message announcing a new or corrected item, from the store as it is now: date,
 * title (or speaker and verbatim quote), source link, and a "More" button ({@code /event ID} or
 * {@code /quote ID}; an id too long for 64 bytes is cut to a unique prefix ending in {@code *}).
 */
public final class NotificationRenderer {

    static final int MAX_QUOTE_CHARS = 700;
    private static final String CORRECTION = "<b>Correction:</b> this entry has been corrected.\n";

    private final Jdbi jdbi;

    public NotificationRenderer(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Empty if the item is no longer in the store. */
    public Optional<Reply> render(ItemKind kind, String itemId, boolean correction) {
        return jdbi.withExtension(ItemQueries.class, q -> kind == ItemKind.EVENT
                ? q.event(itemId).map(e -> event(e, correction, more(q, "/event ", itemId)))
                : q.quote(itemId).map(quote -> quote(quote, correction, more(q, "/quote ", itemId))));
    }

    private static Reply event(ItemQueries.EventItem e, boolean correction, Optional<Button> more) {
        String html = (correction ? CORRECTION : "")
                + "New event · " + Html.escape(e.date().toString()) + "\n"
                + Html.bold(e.title()) + "\n"
                + source(e.sourceUrl(), e.sourceName());
        return reply(html, more);
    }

    private static Reply quote(ItemQueries.QuoteItem q, boolean correction, Optional<Button> more) {
        String role = q.speakerRole() == null || q.speakerRole().isBlank() ? "" : ", " + Html.escape(q.speakerRole());
        String html = (correction ? CORRECTION : "")
                + "New quote · " + Html.escape(q.date().toString()) + "\n"
                + Html.bold(q.speaker()) + role + ":\n"
                + "“" + Html.escape(shortened(q.text())) + "”\n"
                + source(q.sourceUrl(), q.sourceName());
        return reply(html, more);
    }

    private static String source(String url, String name) {
        return url == null ? "" : "Source: " + Html.link(name == null || name.isBlank() ? url : name, url);
    }

    private static Reply reply(String html, Optional<Button> more) {
        return Reply.of(html, more.map(b -> List.of(List.of(b))).orElse(List.of()));
    }

    /** Long quotes are cut at a word with an ellipsis; the More button shows them whole. */
    static String shortened(String text) {
        return shortenedTo(text, MAX_QUOTE_CHARS);
    }

    static String shortenedTo(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        return TextCut.atWord(text, maxChars).stripTrailing() + " …";
    }

    private static Optional<Button> more(ItemQueries q, String command, String itemId) {
        String data = command + itemId;
        if (fits(data)) {
            return Optional.of(new Button("More", data));
        }
        String prefix = itemId;
        while (!fits(command + prefix + "*")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        int matches = command.equals("/event ") ? q.eventsStartingWith(prefix) : q.quotesStartingWith(prefix);
        return matches == 1 ? Optional.of(new Button("More", command + prefix + "*")) : Optional.empty();
    }

    private static boolean fits(String data) {
        return data.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_DATA_BYTES;
    }
}
