package org.talksbot;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.talksbot.store.Database;

/**
 * Settings from the environment. The token is a secret: it never appears in {@link #toString()}.
 */
public record Config(Optional<String> token, String apiUrl, String dbUrl, Set<Long> admins,
                     int maxMessagesPerSecond) {

    public static final String DEFAULT_API_URL = "https://api.telegram.org";
    /** Telegram's overall broadcast limit for a bot. */
    public static final int DEFAULT_MAX_MESSAGES_PER_SECOND = 30;

    public Config {
        if (maxMessagesPerSecond < 1) {
            throw new IllegalArgumentException("TALKSBOT_MAX_MESSAGES_PER_SECOND must be at least 1");
        }
    }

    public Config(Optional<String> token, String apiUrl, String dbUrl, Set<Long> admins) {
        this(token, apiUrl, dbUrl, admins, DEFAULT_MAX_MESSAGES_PER_SECOND);
    }

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                Optional.ofNullable(env.get("TELEGRAM_BOT_TOKEN")).map(String::strip).filter(s -> !s.isEmpty()),
                nonBlank(env.get("TELEGRAM_API_URL"), DEFAULT_API_URL),
                nonBlank(env.get("TALKSBOT_DB_URL"), Database.DEFAULT_URL),
                parseAdmins(env.getOrDefault("TALKSBOT_ADMINS", "")),
                parseRate(env.get("TALKSBOT_MAX_MESSAGES_PER_SECOND")));
    }

    /** A positive whole number, or the default when unset; anything else is a configuration error. */
    static int parseRate(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_MESSAGES_PER_SECOND;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("TALKSBOT_MAX_MESSAGES_PER_SECOND must be a whole number, got '"
                    + value.strip() + "'");
        }
    }

    static Set<Long> parseAdmins(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .filter(s -> s.matches("-?\\d+"))
                .map(Long::parseLong)
                .collect(Collectors.toUnmodifiableSet());
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
