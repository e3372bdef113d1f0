package org.talksbot.search;

import java.util.List;
import org.talksbot.i18n.Language;

/** Where inline-mode answers come from, so an adapter can serve {@code @Bot QUERY} without knowing the index. */
@FunctionalInterface
public interface InlineSource {

    /** The page at {@code offset} (empty or what an earlier page gave as its next offset) for the query. */
    InlineResults search(String query, String offset);

    /** The same, with the fixed texts (dates, descriptions) in a language. */
    default InlineResults search(String query, String offset, Language language) {
        return search(query, offset);
    }

    /**
     * The language to answer a user's inline query in (an inline query has no chat): the one the user chose
     * for their private chat with the bot, else their Telegram client's.
     */
    default Language languageOf(long userId, String telegramLanguage) {
        return Language.fromTelegram(telegramLanguage);
    }

    /** No inline answers: every query gets an empty list. */
    InlineSource NONE = (query, offset) -> new InlineResults(List.of(), "");
}
