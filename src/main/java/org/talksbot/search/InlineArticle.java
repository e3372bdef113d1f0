package org.talksbot.search;

import java.nio.charset.StandardCharsets;

/** One inline-mode result: an id (at most 64 bytes), a title, a one-line description and the message it sends. */
public record InlineArticle(String id, String title, String description, String html) {

    public static final int MAX_ID_BYTES = 64;

    public InlineArticle {
        if (id == null || id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new IllegalArgumentException("inline result id must be 1-64 bytes: " + id);
        }
    }
}
