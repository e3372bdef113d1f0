package org.talksbot.telegram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The last line of defence for the bot token: every log line (message and stack trace) passes
 * through {@link ScrubbedMessage} and {@link ScrubbedThrowable}, which cut out every token opened in
 * this process, whatever logged it (our code, the library, OkHttp, an API response echoing the URL).
 */
public final class LogScrub {

    private static final List<Secrets> SECRETS = new CopyOnWriteArrayList<>();

    private LogScrub() {
    }

    static void register(String token) {
        if (SECRETS.stream().noneMatch(s -> s.isFor(token))) {
            SECRETS.add(new Secrets(token));
        }
    }

    public static String scrub(String text) {
        String scrubbed = text;
        for (Secrets secrets : SECRETS) {
            scrubbed = secrets.scrub(scrubbed);
        }
        return scrubbed;
    }
}
