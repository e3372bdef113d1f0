package org.talksbot.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.talksbot.core.Request;

/**
 * Every fixed text the bot writes, in one language: ICU MessageFormat patterns from
 * {@code messages_<code>.properties} with named arguments. Code never assembles user-facing sentences
 * from pieces; it asks for a key and passes the arguments the pattern names, as name/value pairs:
 * {@code messages.get("ask.latest.note", "max", 20)}.
 */
public final class Messages {

    private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);
    /**
     * Beyond this many dates per key, dates are formatted each time: several times the store's dated days,
     * while a date typed into a question cannot grow it past about 0.2 MB per key and language.
     */
    private static final int MAX_DATES = 2_000;

    private final Language language;
    private final Map<String, String> patterns;
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();
    /** Texts without arguments, formatted once: the same pattern always gives the same text. */
    private final Map<String, String> plain = new ConcurrentHashMap<>();
    private final Map<String, SimpleDateFormat> dateFormats = new HashMap<>();
    /** Dates as written, per date key: the store holds a few thousand dates at most, so this stays small. */
    private final Map<String, Map<LocalDate, String>> dates = new ConcurrentHashMap<>();

    private Messages(Language language, Map<String, String> patterns) {
        this.language = language;
        this.patterns = patterns;
    }

    /** The messages of one language, loaded once on first use. */
    public static Messages of(Language language) {
        synchronized (ALL) {
            return ALL.computeIfAbsent(language, l -> new Messages(l, Bundle.load(l)));
        }
    }

    /** The messages in the request's language (the chat's choice, resolved before the request reaches a command). */
    public static Messages of(Request request) {
        return of(Language.fromTelegram(request.language()));
    }

    public Language language() {
        return language;
    }

    /**
     * The text for a key, formatted with the named arguments ({@code name1, value1, name2, value2…}).
     * Plural and number arguments take numbers; anything else is shown as its string. An unknown key, or
     * arguments that would not format in every language (one missing, text for a number), is a
     * programming error and throws, so any test through a call site checks it for all the bundles.
     */
    public String get(String key, Object... namesAndValues) {
        if (namesAndValues.length == 0) {
            String text = plain.get(key);
            if (text != null) {
                return text;
            }
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(key + ": arguments come as name/value pairs");
        }
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        Compiled message = compiled(key);
        Contracts.check(key, args);
        String text;
        synchronized (message) {
            text = message.format().format(args);
        }
        if (namesAndValues.length == 0) {
            // the check passed without arguments, so it always will: the text can be kept
            plain.put(key, text);
        }
        return text;
    }

    /** Whether the bundle has the key (for optional texts such as a topic's group name). */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** A calendar day as this language writes it: "20 March 2023", "20 марта 2023 г.", "20 մարտի 2023 թ.". */
    public String day(LocalDate date) {
        return date(date, "date.day");
    }

    /** A month of a year: "March 2023", "март 2023 г.", "մարտ 2023 թ.". */
    public String month(LocalDate date) {
        return date(date, "date.month");
    }

    /** A year: "2023", "2023 г.", "2023 թ.". */
    public String year(int year) {
        return date(LocalDate.of(year, 1, 1), "date.year");
    }

    private String date(LocalDate date, String key) {
        Map<LocalDate, String> written = dates.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        String text = written.get(date);
        if (text == null) {
            text = format(date, key);
            if (written.size() < MAX_DATES) {
                written.put(date, text);
            }
        }
        return text;
    }

    private String format(LocalDate date, String key) {
        // one format per pattern, kept: making one loads the locale's calendar data, which cost more than
        // the rest of a reply; an ICU format is not thread-safe, hence the lock
        synchronized (dateFormats) {
            SimpleDateFormat format = dateFormats.computeIfAbsent(key, k -> {
                SimpleDateFormat made = new SimpleDateFormat(pattern(k), language.locale());
                made.setTimeZone(TimeZone.GMT_ZONE);
                return made;
            });
            return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
    }

    private Compiled compiled(String key) {
        return compiled.computeIfAbsent(key, k -> Compiled.of(pattern(k), language));
    }

    String pattern(String key) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "' in messages_" + language.code());
        }
        return pattern;
    }

    Set<String> keys() {
        return patterns.keySet();
    }

    /** A parsed pattern; formatting is synchronized on it (ICU formats are not thread-safe). */
    record Compiled(MessageFormat format) {
        static Compiled of(String pattern, Language language) {
            return new Compiled(new MessageFormat(pattern, language.locale()));
        }
    }
}
