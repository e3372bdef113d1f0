package org.talksbot;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.talksbot.i18n.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code run} (default), {@code console}, {@code import PATH}, {@code check PATH},
 * {@code compare-reference CURATED REFERENCE}.
 */
@Command(name = "talksbot", mixinStandardHelpOptions = true, version = "talksbot 0.1",
        description = "Answers questions about the Armenia–Azerbaijan peace talks from a curated store.",
        subcommands = {Main.Run.class, Main.Console.class, Main.Import.class, CheckData.class,
                CompareReference.class, Main.Train.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** Like {@link #execute(String...)}, but {@code import} uses these settings and streams, not the environment. */
    static int execute(Config config, PrintStream out, PrintStream err, String... args) {
        return execute(config, System.in, out, err, args);
    }

    /** As above, and {@code console} reads {@code in}. */
    static int execute(Config config, InputStream in, PrintStream out, PrintStream err, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == Import.class) {
                    return type.cast(new Import(config, out, err));
                }
                return type == Console.class ? type.cast(new Console(config, in, out, err))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        return new CommandLine(new Main(), factory)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Override
    public Integer call() {
        return new Run().call();
    }

    /** The settings, or empty after saying which one is wrong (a bad setting is not a crash). */
    static Optional<Config> environment() {
        try {
            return Optional.of(Config.fromEnvironment(System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println("talksbot: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Command(name = "run", description = "Run the Telegram bot (long polling). Needs TELEGRAM_BOT_TOKEN.")
    static final class Run implements Callable<Integer> {
        @Override
        public Integer call() {
            return environment().map(App::runTelegram).orElse(2);
        }
    }

    @Command(name = "console", description = "Talk to the bot in the terminal: one line in, one reply out.")
    static final class Console implements Callable<Integer> {
        @Option(names = "--lang", paramLabel = "LANG",
                description = "the language the console chat reads: en, ru or hy (kept for the next start, "
                        + "like /language; without it, the last one chosen, else English)")
        String lang;

        private final Config config;
        private final InputStream in;
        private final PrintStream out;
        private final PrintStream err;

        Console() {
            this(null, System.in, System.out, System.err);
        }

        Console(Config config, InputStream in, PrintStream out, PrintStream err) {
            this.config = config;
            this.in = in;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            Optional<Language> language = Optional.empty();
            if (lang != null) {
                language = Language.parse(lang);
                if (language.isEmpty()) {
                    err.println("talksbot: --lang must be one of " + LANGUAGE_CODES + ", not '" + lang + "'");
                    return 2;
                }
            }
            Optional<Language> chosen = language;
            Optional<Config> settings = config != null ? Optional.of(config) : environment();
            return settings.map(c -> App.runConsole(c, chosen, in, out)).orElse(2);
        }
    }

    private static final String LANGUAGE_CODES = Arrays.stream(Language.values()).map(Language::code)
            .collect(Collectors.joining(", "));

    @Command(name = "train", hidden = true,
            description = "Run once by mvn package to record the classes a start loads (see CdsTraining).")
    static final class Train implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            return CdsTraining.run();
        }
    }

    @Command(name = "import", description = "Load a curated YAML file or folder into the configured database.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "a .yaml file or a folder of them (e.g. db/curated)")
        Path path;

        @Option(names = "--dry-run", description = "only report what the import would add or change")
        boolean dryRun;

        private final Config config;
        private final PrintStream out;
        private final PrintStream err;

        Import() {
            this(null, System.out, System.err);
        }

        Import(Config config, PrintStream out, PrintStream err) {
            this.config = config;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            Optional<Config> settings = config != null ? Optional.of(config) : environment();
            return settings.map(c -> App.runImport(c, path, dryRun, out, err)).orElse(2);
        }
    }
}
