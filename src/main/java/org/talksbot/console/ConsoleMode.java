package org.talksbot.console;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Bot;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/**
 * Talks to the bot in a terminal or over a pipe: each line is one message from one private chat,
 * each reply is printed as plain text followed by a blank line.
 */
public final class ConsoleMode {

    private static final Logger log = LoggerFactory.getLogger(ConsoleMode.class);
    static final long CHAT_ID = 1;
    static final String FAILED = "Sorry, something went wrong with that message. Please try another one.";
    private static final String PROMPT = "> ";

    private ConsoleMode() {
    }

    /** Reads until end of input and returns the exit code (0). Prompts only when a person is typing. */
    public static int run(Bot bot, InputStream in, PrintStream out) {
        return run(bot, in, out, in == System.in && isTerminal());
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

    static int run(Bot bot, InputStream in, PrintStream out, boolean prompt) {
        return run(bot, in, out, prompt, new ChartFiles(ChartFiles.DEFAULT));
    }

    static int run(Bot bot, InputStream in, PrintStream out, boolean prompt, ChartFiles charts) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            for (String line = next(reader, out, prompt); line != null; line = next(reader, out, prompt)) {
                if (!line.isBlank()) {
                    answer(bot, line.strip(), out, charts);
                }
            }
        } catch (IOException e) {
            log.error("could not read the input: {}", e.getMessage());
            return 1;
        }
        return 0;
    }

    /** The console shows no images: the chart goes to a file, and its path is printed above the counts. */
    private static String chartLine(Reply reply, ChartFiles charts) {
        try {
            return "Chart saved to " + charts.save(reply.photo().png());
        } catch (IOException | RuntimeException e) {
            log.warn("could not save a chart: {}", e.toString());
            return "(The chart could not be saved as a file: " + e.getMessage() + ". Its counts follow.)";
        }
    }

    private static String next(BufferedReader reader, PrintStream out, boolean prompt) throws IOException {
        if (prompt) {
            out.print(PROMPT);
            out.flush();
        }
        return reader.readLine();
    }

    private static void answer(Bot bot, String line, PrintStream out, ChartFiles charts) {
        Reply reply;
        try {
            reply = bot.answer(new Request(CHAT_ID, CHAT_ID, "en", line, Request.ChatType.PRIVATE,
                    Request.Origin.MESSAGE));
        } catch (RuntimeException e) {
            log.error("the bot failed on console input", e);
            out.println(FAILED);
            out.println();
            return;
        }
        String text = PlainText.of(reply.html()).strip();
        if (text.isEmpty() && reply.photo() == null) {
            return;
        }
        if (reply.photo() != null) {
            out.println(chartLine(reply, charts));
        }
        out.println(text);
        for (List<Button> row : reply.buttons()) {
            out.println(row.stream().map(b -> "[" + b.label() + "]").collect(Collectors.joining(" ")));
        }
        out.println();
        out.flush();
    }
}
