package org.talksbot.notify;

import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * The one place notifications and digests choose the curated words a reader sees: event titles and
 * topic names (English until curated translations are read here; a missing translation shows the
 * English), and the line telling Russian and Armenian readers what stays in English.
 */
final class CuratedNames {

    private CuratedNames() {
    }

    static String eventTitle(String english, Language language) {
        return english;
    }

    static String topicName(String english, Language language) {
        return english;
    }

    /** Said once per notification or digest to a reader of another language; empty for English. */
    static String englishNotice(Messages messages) {
        return messages.language() == Language.EN ? "" : messages.get("notify.english_notice");
    }
}
