package org.talksbot.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The languages the bot speaks. Adding one: a constant here, a {@code messages_<code>.properties}
 * bundle beside the others (a test fails until every key is there), and optionally curated titles.
 */
public enum Language {
    EN("en", "English", Locale.forLanguageTag("en-GB"), "английский", "անգլերեն"),
    RU("ru", "Русский", Locale.forLanguageTag("ru"), "ռուսերեն"),
    HY("hy", "Հայերեն", Locale.forLanguageTag("hy"), "армянский");

    private final String code;
    private final String nativeName;
    private final Locale locale;
    /** Its name in the other languages the bot speaks, lower case, for /language. */
    private final Set<String> otherNames;

    Language(String code, String nativeName, Locale locale, String... otherNames) {
        this.code = code;
        this.nativeName = nativeName;
        this.locale = locale;
        this.otherNames = Set.of(otherNames);
    }

    /** ISO 639-1 code, as Telegram's {@code language_code} and the bundle file names use it. */
    public String code() {
        return code;
    }

    /** The language's name in itself, for the /language buttons. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language for a Telegram {@code language_code} ("ru", "ru-RU", "hy"): Russian and Armenian as
     * such, anything else (including none) English.
     */
    public static Language fromTelegram(String languageCode) {
        return parse(languageCode).orElse(EN);
    }

    /**
     * A code ("ru", "hy-AM"), an English name ("russian"), a native name ("русский") or its name in another
     * of our languages ("армянский", "ռուսերեն"); empty if none of ours.
     */
    public static Optional<Language> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            String prefix = language.code;
            if (s.equals(prefix) || s.startsWith(prefix + "-") || s.startsWith(prefix + "_")
                    || s.equals(language.nativeName.toLowerCase(Locale.ROOT))
                    || s.equals(language.locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    || language.otherNames.contains(s)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
