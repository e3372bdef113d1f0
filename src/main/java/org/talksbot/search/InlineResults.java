package org.talksbot.search;

import java.util.List;

/** One page of inline results; {@code nextOffset} is the offset of the next page, empty when there is none. */
public record InlineResults(List<InlineArticle> articles, String nextOffset) {

    public InlineResults {
        articles = List.copyOf(articles);
        nextOffset = nextOffset == null ? "" : nextOffset;
    }
}
