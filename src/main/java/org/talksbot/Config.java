package org.talksbot;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talksbot.store.Database;
import org.talksbot.telegram.ApiUrl;

/**
 * Settings from the environment. Every bad value is refused here with an IllegalArgumentException whose
 * message is one line naming the variable and what it allows, so start-up stops before anything runs.
 * The token is a secret: it never appears in {@link #toString()} or in a message.
 */
public record Config(Optional<String> token, String apiUrl, String dbUrl, Set<Long> admins,
                     int maxMessagesPerSecond) {

    public static final String DEFAULT_API_URL = "https://api.telegram.org";
    /** Telegram's overall broadcast limit for a bot. */
    public static final int DEFAULT_MAX_MESSAGES_PER_SECOND = 30;
    /** Telegram's paid broadcasts allow up to 1000 a second; more is surely a typo. */
    static final int MAX_MESSAGES_PER_SECOND = 1000;
    /** What logback accepts for TALKSBOT_LOG_LEVEL (it silently turns anything else into DEBUG). */
    static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    private static final String RATE_RULE = "TALKSBOT_MAX_MESSAGES_PER_SECOND must be a whole number from 1 to "
            + MAX_MESSAGES_PER_SECOND + " (Telegram allows 30)";
    private static final String ADMINS_RULE = "TALKSBOT_ADMINS must be Telegram user ids (positive whole numbers) "
            + "separated by commas, like 12345,67890";

    public Config {
        if (maxMessagesPerSecond < 1 || maxMessagesPerSecond > MAX_MESSAGES_PER_SECOND) {
            throw new IllegalArgumentException(RATE_RULE + ", got " + maxMessagesPerSecond);
        }
    }

    public Config(Optional<String> token, String apiUrl, String dbUrl, Set<Long> admins) {
        this(token, apiUrl, dbUrl, admins, DEFAULT_MAX_MESSAGES_PER_SECOND);
    }

    public static Config fromEnvironment(Map<String, String> env) {
        checkLogLevel(env.get("TALKSBOT_LOG_LEVEL"));
        return new Config(
                Optional.ofNullable(env.get("TELEGRAM_BOT_TOKEN")).map(String::strip).filter(s -> !s.isEmpty()),
                apiUrl(env.get("TELEGRAM_API_URL")),
                dbUrl(env.get("TALKSBOT_DB_URL")),
                parseAdmins(env.getOrDefault("TALKSBOT_ADMINS", "")),
                parseRate(env.get("TALKSBOT_MAX_MESSAGES_PER_SECOND")));
    }

    /** A positive whole number, or the default when unset; anything else is a configuration error. */
    static int parseRate(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_MESSAGES_PER_SECOND;
        }
        String rate = value.strip();
        if (!rate.matches("\\d{1,4}") || Integer.parseInt(rate) < 1 || Integer.parseInt(rate) > MAX_MESSAGES_PER_SECOND) {
            throw new IllegalArgumentException(RATE_RULE + ", got '" + rate + "'");
        }
        return Integer.parseInt(rate);
    }

    /** Comma-separated user ids; empty means no admins. A typo must not silently leave the bot without them. */
    static Set<Long> parseAdmins(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String entry : csv.split(",", -1)) {
            String id = entry.strip();
            if (!id.matches("[1-9]\\d{0,18}")) {
                throw new IllegalArgumentException(ADMINS_RULE + "; '" + id + "' is not one");
            }
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(ADMINS_RULE + "; '" + id + "' is too large to be one");
            }
        }
        return Set.copyOf(ids);
    }

    private static String apiUrl(String value) {
        String url = nonBlank(value, DEFAULT_API_URL);
        ApiUrl.parse(url);
        return url;
    }

    private static String dbUrl(String value) {
        String url = nonBlank(value, Database.DEFAULT_URL);
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            throw new IllegalArgumentException("TALKSBOT_DB_URL must be an H2 JDBC URL starting with jdbc:h2: (default "
                    + Database.DEFAULT_URL + "), got '" + url + "'");
        }
        return url;
    }

    private static void checkLogLevel(String value) {
        if (value != null && !value.isBlank() && !LOG_LEVELS.contains(value.strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("TALKSBOT_LOG_LEVEL must be one of " + String.join(", ", LOG_LEVELS)
                    + ", got '" + value.strip() + "'");
        }
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @Override
    public String toString() {
        return "Config[token=" + (token.isPresent() ? "(set)" : "(missing)") + ", apiUrl=" + apiUrl
                + ", dbUrl=" + dbUrl + ", admins=" + admins + ", maxMessagesPerSecond=" + maxMessagesPerSecond + "]";
    }
}
