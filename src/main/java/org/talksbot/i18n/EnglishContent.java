package org.talksbot.i18n;

import org.talksbot.core.Reply;

/**
 * Tells a Russian or Armenian reader, once per answer and in their language, that the curated texts
 * (summaries, sources, roles, backgrounds) are in English; English readers are not told. Any answer that
 * shows curated text ends with it: the ask commands use it, and search and notify answers can too.
 */
public final class EnglishContent {

    private EnglishContent() {
    }

    /** Whether a reader of this language needs the notice. */
    public static boolean needed(Messages messages) {
        return messages.language() != Language.EN;
    }

    /** The notice as a paragraph to end an answer with ("\n\n" and the line), or "" for English readers. */
    public static String notice(Messages messages) {
        return needed(messages) ? "\n\n" + messages.get("common.english_notice") : "";
    }

    /** The reply with the notice after its text (buttons and photo kept); unchanged for English or an empty reply. */
    public static Reply addTo(Reply reply, Messages messages) {
        if (!needed(messages) || reply.html().isBlank()) {
            return reply;
        }
        return new Reply(reply.html() + notice(messages), reply.buttons(), reply.photo());
    }
}
