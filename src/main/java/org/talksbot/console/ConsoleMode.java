package org.talksbot.console;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Bot;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * Talks to the bot in a terminal or over a pipe: each line is one message from one private chat,
 * each reply is printed as plain text followed by a blank line.
 */
public final class ConsoleMode {

    private static final Logger log = LoggerFactory.getLogger(ConsoleMode.class);
    /** The one chat the console is. */
    public static final long CHAT_ID = 1;
    private static final String PROMPT = "> ";

    private ConsoleMode() {
    }

    /**
     * Reads until end of input and returns the exit code (0). Prompts only when a person is typing.
     * {@code chatLanguage} gives a chat's language, for the console's own lines (it may change with /language).
     */
    public static int run(Bot bot, LongFunction<Language> chatLanguage, InputStream in, PrintStream out) {
        return run(bot, chatLanguage, in, out, in == System.in && isTerminal(), new ChartFiles(ChartFiles.DEFAULT));
    }

    /** Java 22+ returns a Console even for a pipe; there, only isTerminal() tells a person from a pipe. */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static int run(Bot bot, LongFunction<Language> chatLanguage, InputStream in, PrintStream out, boolean prompt,
                   ChartFiles charts) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            for (String line = next(reader, out, prompt); line != null; line = next(reader, out, prompt)) {
                if (!line.isBlank()) {
                    answer(bot, line.strip(), out, charts, () -> messages(chatLanguage));
                }
            }
        } catch (IOException e) {
            log.error("could not read the input: {}", e.getMessage());
            return 1;
        }
        return 0;
    }

    /** The console shows no images: the chart goes to a file, and its path is printed above the counts. */
    private static String chartLine(Reply reply, ChartFiles charts, Messages messages) {
        try {
            return messages.get("console.chart.saved", "path", charts.save(reply.photo().png()).toString());
        } catch (IOException | RuntimeException e) {
            log.warn("could not save a chart: {}", e.toString());
            return messages.get("console.chart.not.saved", "reason", String.valueOf(e.getMessage()));
        }
    }

    /** The console chat's language, read per line since /language may change it; English if it cannot be read. */
    private static Messages messages(LongFunction<Language> chatLanguage) {
        try {
            return Messages.of(chatLanguage.apply(CHAT_ID));
        } catch (RuntimeException e) {
            log.warn("could not read the console chat's language: {}", e.toString());
            return Messages.of(Language.EN);
        }
    }

    private static String next(BufferedReader reader, PrintStream out, boolean prompt) throws IOException {
        if (prompt) {
            out.print(PROMPT);
            out.flush();
        }
        return reader.readLine();
    }

    private static void answer(Bot bot, String line, PrintStream out, ChartFiles charts, Supplier<Messages> messages) {
        Reply reply;
        try {
            reply = bot.answer(new Request(CHAT_ID, CHAT_ID, "en", line, Request.ChatType.PRIVATE,
                    Request.Origin.MESSAGE));
        } catch (RuntimeException e) {
            log.error("the bot failed on console input", e);
            out.println(messages.get().get("console.failed"));
            out.println();
            return;
        }
        String text = PlainText.of(reply.html()).strip();
        if (text.isEmpty() && reply.photo() == null) {
            return;
        }
        if (reply.photo() != null) {
            out.println(chartLine(reply, charts, messages.get()));
        }
        out.println(text);
        for (List<Button> row : reply.buttons()) {
            out.println(row.stream().map(b -> "[" + b.label() + "]").collect(Collectors.joining(" ")));
        }
        out.println();
        out.flush();
    }
}
