package org.talksbot.store;

import org.talksbot.i18n.Language;

/** Picks a curated text's version for a language; English stands in for a missing translation. */
public final class Translations {

    private Translations() {
    }

    public static String pick(Language language, String english, String russian, String armenian) {
        String translated = switch (language == null ? Language.EN : language) {
            case RU -> russian;
            case HY -> armenian;
            default -> null; // English, or a language the curated files have no field for
        };
        return translated == null || translated.isBlank() ? english : translated;
    }
}
