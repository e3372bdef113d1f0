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
public record Config(Optional<String> token, String apiUrl, String dbUrl, Set<Long> admins) {

    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                Optional.ofNullable(env.get("TELEGRAM_BOT_TOKEN")).map(String::strip).filter(s -> !s.isEmpty()),
                nonBlank(env.get("TELEGRAM_API_URL"), DEFAULT_API_URL),
                nonBlank(env.get("TALKSBOT_DB_URL"), Database.DEFAULT_URL),
                parseAdmins(env.getOrDefault("TALKSBOT_ADMINS", "")));
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
                + ", dbUrl=" + dbUrl + ", admins=" + admins + "]";
    }
}
