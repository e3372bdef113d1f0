package org.talksbot.console;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.talksbot.core.Bot;
import org.talksbot.core.Request;

/** Skeleton: one line in, one reply out. Replaced by the console feature. */
public final class ConsoleMode {

    private ConsoleMode() {
    }

    public static int run(Bot bot, InputStream in, PrintStream out) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(bot.answer(Request.privateMessage(1, line)).html());
                out.println();
            }
            return 0;
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
