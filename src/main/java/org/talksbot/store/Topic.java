package org.talksbot.store;

import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;
import org.talksbot.i18n.Language;

/**
 * A subject of the talks; main topics have a shortcut command such as {@code lachin}. {@link #name()} is
 * the English name; {@code nameRu} and {@code nameHy} are the curators' translations, null where there is none.
 */
public record Topic(String id, String name, String command, boolean main, String background,
                    @Nullable String nameRu, @Nullable String nameHy) {

    @JdbiConstructor
    public Topic {
    }

    /** A topic with no translated names. */
    public Topic(String id, String name, String command, boolean main, String background) {
        this(id, name, command, main, background, null, null);
    }

    /** The name in {@code language}, or the English one where the curators gave no translation. */
    public String name(Language language) {
        return Translations.pick(language, name, nameRu, nameHy);
    }
}
