package org.talksbot.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.talksbot.ask.Item;
import org.talksbot.core.TextCut;
import org.talksbot.i18n.ChatLanguages;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Event;
import org.talksbot.store.Quote;

/**
 * Inline mode without Telegram: {@code @Bot QUERY} gives matching quotes and events as articles, a page
 * of at most 50 at a time, the offset a plain number; an empty query gives the latest events.
 */
public final class InlineSearch implements InlineSource {

    public static final int PAGE = 50;
    /** Deeper pages than this are not served; nobody scrolls that far, and it bounds the work. */
    static final int MAX_OFFSET = 1000;
    private static final int TITLE_LIMIT = 100;
    private static final int DESCRIPTION_LIMIT = 120;

    private final ItemIndex index;
    private final QuestionReader reader;
    private final ChatLanguages languages;

    public InlineSearch(ItemIndex index, Clock clock) {
        this.index = index;
        this.reader = new QuestionReader(clock);
        this.languages = new ChatLanguages(index.jdbi());
    }

    /** The page at {@code offset} for the query, in English. */
    @Override
    public InlineResults search(String query, String offset) {
        return search(query, offset, Language.EN);
    }

    /** The user's language as chosen in their private chat with the bot, else their Telegram client's. */
    @Override
    public Language languageOf(long userId, String telegramLanguage) {
        return languages.stored(userId).orElse(Language.fromTelegram(telegramLanguage));
    }

    /** The page at {@code offset} (as Telegram sends it back: empty or a number) for the query, in a language. */
    @Override
    public InlineResults search(String query, String offset, Language language) {
        Messages m = Messages.of(language);
        int from = offset(offset);
        IndexSnapshot snapshot = index.snapshot();
        List<IndexedItem> items;
        boolean more;
        if (query == null || query.isBlank()) {
            List<IndexedItem> page = snapshot.newest(IndexBuilder.EVENT, from, PAGE + 1);
            more = page.size() > PAGE;
            items = page.subList(0, Math.min(PAGE, page.size()));
        } else {
            QuestionSearch.Found found = QuestionSearch.find(reader.read(query, snapshot.vocabulary()), snapshot,
                    from, PAGE);
            more = found.more();
            items = found.items();
        }
        List<InlineArticle> articles = new ArrayList<>();
        items.forEach(item -> articles.add(article(item.item(), m)));
        boolean nextAllowed = more && from + PAGE <= MAX_OFFSET;
        return new InlineResults(articles, nextAllowed ? String.valueOf(from + PAGE) : "");
    }

    static InlineArticle article(Item item, Messages m) {
        String date = Periods.of(item.date(), m);
        if (item instanceof Item.OfQuote of) {
            Quote q = of.quote();
            return new InlineArticle(articleId(item.id()),
                    cut(m.get("search.inline.quote_title", "speaker", q.speaker(), "text", q.text()), TITLE_LIMIT),
                    cut(m.get("search.inline.description", "date", date, "source", q.sourceName()), DESCRIPTION_LIMIT),
                    item.card(m));
        }
        Event e = ((Item.OfEvent) item).event();
        String description = e.place() == null || e.place().isBlank()
                ? m.get("search.inline.description", "date", date, "source", e.sourceName())
                : m.get("search.inline.description_with_place", "date", date, "place", e.place(), "source", e.sourceName());
        return new InlineArticle(articleId(item.id()), cut(e.title(m.language()), TITLE_LIMIT),
                cut(description, DESCRIPTION_LIMIT),
                item.card(m));
    }

    /** The item id, or a digest of it when it is longer than Telegram allows. */
    static String articleId(String itemId) {
        if (itemId.getBytes(StandardCharsets.UTF_8).length <= InlineArticle.MAX_ID_BYTES) {
            return itemId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(itemId.getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(digest).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static int offset(String offset) {
        if (offset == null || !offset.matches("\\d{1,6}")) {
            return 0;
        }
        return Math.min(Integer.parseInt(offset), MAX_OFFSET);
    }

    private static String cut(String text, int limit) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= limit) {
            return flat;
        }
        return TextCut.atMost(flat, limit - 1) + "…";
    }
}
