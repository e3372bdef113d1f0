package org.talksbot.notify;

import org.jdbi.v3.core.Jdbi;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Event;
import org.talksbot.store.EventQueries;
import org.talksbot.store.Topic;
import org.talksbot.store.TopicQueries;

/**
 * The one place notifications, digests and the subscription commands choose the curated words a reader
 * sees: event titles and topic names in the reader's language, read through the store's own
 * {@link Event#title(Language)} and {@link Topic#name(Language)} (the English where curators gave no
 * translation), and the line telling Russian and Armenian readers what stays English.
 */
final class CuratedNames {

    /** Shows the English it is given: for text written with no store at hand. */
    static final CuratedNames AS_GIVEN = new CuratedNames(null);

    private final Jdbi jdbi;

    CuratedNames(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    String eventTitle(String eventId, String english, Language language) {
        if (jdbi == null || language == Language.EN) {
            return english;
        }
        return jdbi.withExtension(EventQueries.class, q -> q.byId(eventId)).map(e -> e.title(language)).orElse(english);
    }

    String topicName(String topicId, String english, Language language) {
        if (jdbi == null || topicId == null || language == Language.EN) {
            return english;
        }
        return jdbi.withExtension(TopicQueries.class, q -> q.byId(topicId)).map(t -> t.name(language)).orElse(english);
    }

    /** The target as the reader sees it: a topic under its name in the reader's language. */
    Target shown(Target target, Language language) {
        return target.kind() == Target.Kind.TOPIC
                ? new Target(target.kind(), target.id(), topicName(target.id(), target.label(), language)) : target;
    }

    /** Said once per notification or digest to a reader of another language; empty for English. */
    static String englishNotice(Messages messages) {
        return messages.language() == Language.EN ? "" : messages.get("notify.english_notice");
    }
}
