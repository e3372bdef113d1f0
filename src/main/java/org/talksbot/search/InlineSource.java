package org.talksbot.search;

import java.util.List;

/** Where inline-mode answers come from, so an adapter can serve {@code @Bot QUERY} without knowing the index. */
@FunctionalInterface
public interface InlineSource {

    /** The page at {@code offset} (empty or what an earlier page gave as its next offset) for the query. */
    InlineResults search(String query, String offset);

    /** No inline answers: every query gets an empty list. */
    InlineSource NONE = (query, offset) -> new InlineResults(List.of(), "");
}
