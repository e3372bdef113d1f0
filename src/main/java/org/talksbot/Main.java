package org.talksbot;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The command line: {@code run} (default), {@code console}, {@code import PATH}. */
@Command(name = "talksbot", mixinStandardHelpOptions = true, version = "talksbot 0.1",
        description = "Answers questions about the Armenia–Azerbaijan peace talks from a curated store.",
        subcommands = {Main.Run.class, Main.Console.class, Main.Import.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public Integer call() {
        return new Run().call();
    }

    @Command(name = "run", description = "Run the Telegram bot (long polling). Needs TELEGRAM_BOT_TOKEN.")
    static final class Run implements Callable<Integer> {
        @Override
        public Integer call() {
            return App.runTelegram(Config.fromEnvironment(System.getenv()));
        }
    }

    @Command(name = "console", description = "Talk to the bot in the terminal: one line in, one reply out.")
    static final class Console implements Callable<Integer> {
        @Override
        public Integer call() {
            return App.runConsole(Config.fromEnvironment(System.getenv()), System.in, System.out);
        }
    }

    @Command(name = "import", description = "Load a curated YAML file or folder into the configured database.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "a .yaml file or a folder of them (e.g. db/curated)")
        Path path;

        @Override
        public Integer call() {
            return App.runImport(Config.fromEnvironment(System.getenv()), path, System.out, System.err);
        }
    }
}
