package org.talksbot.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.TextCut;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * Writes the short message announcing a new or corrected item, from the store as it is now and in the
 * subscriber's language: date, title (or speaker and verbatim quote), source link, and a "More" button
 * ({@code /event ID} or {@code /quote ID}; an id too long for button data is cut to a unique prefix, as
 * {@link ButtonData#ofId} does). It runs when the message is sent, so the language is the one the chat has then.
 */
public final class NotificationRenderer {

    static final int MAX_QUOTE_CHARS = 700;

    private final Jdbi jdbi;

    public NotificationRenderer(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The language stored for the chat now (English if it never chose): read at each send, never cached. */
    public Language languageOf(long chatId) {
        return jdbi.withExtension(ChatQueries.class, q -> q.language(chatId)).flatMap(Language::parse)
                .orElse(Language.EN);
    }

    /** In English; empty if the item is no longer in the store. */
    public Optional<Reply> render(ItemKind kind, String itemId, boolean correction) {
        return render(kind, itemId, correction, Language.EN);
    }

    /** Empty if the item is no longer in the store. */
    public Optional<Reply> render(ItemKind kind, String itemId, boolean correction, Language language) {
        Messages m = Messages.of(language);
        if (kind == ItemKind.QUOTE) {
            return jdbi.withExtension(ItemQueries.class,
                    q -> q.quote(itemId).map(quote -> quote(m, quote, correction,
                            more(m, "/quote", itemId, q::quotesStartingWith))));
        }
        Optional<FoundEvent> found = jdbi.withExtension(ItemQueries.class,
                q -> q.event(itemId).map(e -> new FoundEvent(e, more(m, "/event", itemId, q::eventsStartingWith))));
        return found.map(f -> event(m, f.item(), f.item().title(language), correction,
                f.more()));
    }

    private record FoundEvent(ItemQueries.EventItem item, Optional<Button> more) {
    }

    private static Reply event(Messages m, ItemQueries.EventItem e, String title, boolean correction,
                               Optional<Button> more) {
        List<String> lines = new ArrayList<>();
        if (correction) {
            lines.add(m.get("notify.correction"));
        }
        lines.add(m.get("notify.event.heading", "date", Html.escape(ItemDates.of(m, e.date()))));
        lines.add(Html.bold(title));
        source(m, e.sourceUrl(), e.sourceName()).ifPresent(lines::add);
        return reply(m, lines, more);
    }

    private static Reply quote(Messages m, ItemQueries.QuoteItem q, boolean correction, Optional<Button> more) {
        List<String> lines = new ArrayList<>();
        if (correction) {
            lines.add(m.get("notify.correction"));
        }
        lines.add(m.get("notify.quote.heading", "date", Html.escape(ItemDates.of(m, q.date()))));
        String speaker = Html.escape(q.speaker());
        lines.add(q.speakerRole() == null || q.speakerRole().isBlank()
                ? m.get("notify.quote.speaker_only", "speaker", speaker)
                : m.get("notify.quote.speaker", "speaker", speaker, "role", Html.escape(q.speakerRole())));
        lines.add(m.get("notify.quote.text", "text", Html.escape(shortened(q.text()))));
        source(m, q.sourceUrl(), q.sourceName()).ifPresent(lines::add);
        return reply(m, lines, more);
    }

    private static Optional<String> source(Messages m, String url, String name) {
        return url == null ? Optional.empty()
                : Optional.of(m.get("notify.source", "link", Html.link(name == null || name.isBlank() ? url : name, url)));
    }

    private static Reply reply(Messages m, List<String> lines, Optional<Button> more) {
        String notice = CuratedNames.englishNotice(m);
        if (!notice.isEmpty()) {
            lines.add(notice);
        }
        return Reply.of(String.join("\n", lines), more.map(b -> List.of(List.of(b))).orElse(List.of()));
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

    private static Optional<Button> more(Messages m, String command, String itemId, ToIntFunction<String> idsStartingWith) {
        return ButtonData.ofId(command, itemId, idsStartingWith)
                .map(data -> new Button(m.get("notify.button.more"), data));
    }
}
