package org.talksbot.notify;

import org.jdbi.v3.core.Jdbi;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Topic;
import org.talksbot.store.TopicQueries;

/**
 * Topic names in the reader's language for the subscription commands (read through the store's own
 * {@link Topic#name(Language)}, the English where curators gave no translation), and the line telling
 * Russian and Armenian readers of notifications and digests what stays English. Notifications and digests
 * read their translated titles and topic names in the query that reads the item.
 */
final class CuratedNames {

    private final Jdbi jdbi;

    CuratedNames(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    String topicName(String topicId, String english, Language language) {
        if (topicId == null || language == Language.EN) {
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
