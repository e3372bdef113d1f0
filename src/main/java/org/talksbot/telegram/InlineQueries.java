package org.talksbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Reply;
import org.talksbot.core.TextCut;
import org.talksbot.i18n.Language;
import org.talksbot.search.InlineArticle;
import org.talksbot.search.InlineResults;
import org.talksbot.search.InlineSource;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * Answers {@code @Bot QUERY} from the {@link InlineSource}: each article becomes a result that sends its
 * HTML card without link preview, with its fixed texts in the user's language. When the search fails the user still gets an (empty) answer, so the
 * inline popup does not hang until Telegram gives up.
 */
final class InlineQueries {

    private static final Logger log = LoggerFactory.getLogger(InlineQueries.class);
    /** Telegram sends at most 256 characters; a longer query is not from Telegram and is cut. */
    static final int MAX_QUERY = 256;
    static final int MAX_RESULTS = 50;
    private static final int MAX_OFFSET_BYTES = 64;
    /** Short, because the store grows and a cached page would hide new items. */
    static final int CACHE_SECONDS = 30;

    private final InlineSource source;

    InlineQueries(InlineSource source) {
        this.source = source;
    }

    AnswerInlineQuery answer(InlineQuery query) {
        InlineResults results;
        try {
            results = source.search(cut(query.getQuery()), offset(query.getOffset()), language(query));
        } catch (RuntimeException e) {
            log.error("inline search failed for a query of {} characters", lengthOf(query.getQuery()), e);
            results = new InlineResults(List.of(), "");
        }
        return AnswerInlineQuery.builder()
                .inlineQueryId(query.getId())
                .results(results.articles().stream().limit(MAX_RESULTS).map(InlineQueries::article).toList())
                .nextOffset(validOffset(results.nextOffset()))
                .cacheTime(CACHE_SECONDS)
                .isPersonal(false)
                .build();
    }

    /** The user's language: an inline query has no chat, so the one they chose in private, else their client's. */
    private Language language(InlineQuery query) {
        User from = query.getFrom();
        return from == null ? Language.EN : source.languageOf(from.getId(), from.getLanguageCode());
    }

    /** The empty answer sent when even building the real one failed. */
    static AnswerInlineQuery empty(String inlineQueryId) {
        return AnswerInlineQuery.builder().inlineQueryId(inlineQueryId).results(List.of()).nextOffset("")
                .cacheTime(CACHE_SECONDS).isPersonal(false).build();
    }

    private static InlineQueryResultArticle article(InlineArticle article) {
        // a sent message holds at most 4096 characters; a longer card keeps its first part, cut at a tag boundary
        String html = Reply.of(article.html()).parts().stream().findFirst().orElse("…");
        return InlineQueryResultArticle.builder()
                .id(article.id())
                .title(article.title())
                .description(article.description())
                .inputMessageContent(InputTextMessageContent.builder()
                        .messageText(html)
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .build())
                .build();
    }

    static String cut(String query) {
        if (query == null) {
            return "";
        }
        if (query.length() <= MAX_QUERY) {
            return query;
        }
        return TextCut.atMost(query, MAX_QUERY);
    }

    private static String offset(String offset) {
        return offset == null || offset.getBytes(StandardCharsets.UTF_8).length > MAX_OFFSET_BYTES ? "" : offset;
    }

    private static String validOffset(String next) {
        return next.getBytes(StandardCharsets.UTF_8).length > MAX_OFFSET_BYTES ? "" : next;
    }

    private static int lengthOf(String query) {
        return query == null ? 0 : query.length();
    }
}
