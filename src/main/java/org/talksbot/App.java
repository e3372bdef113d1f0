package org.talksbot;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.ask.CommandRouter;
import org.talksbot.console.ConsoleMode;
import org.talksbot.curate.CurationException;
import org.talksbot.curate.Curator;
import org.talksbot.curate.ImportReport;
import org.talksbot.store.Database;
import org.talksbot.store.StoreRevision;
import org.talksbot.search.InlineSearch;
import org.talksbot.search.ItemIndex;
import org.talksbot.search.LuceneItemSearch;
import org.talksbot.search.QuestionAnswerer;
import org.talksbot.telegram.ChatMembershipListener;
import org.talksbot.telegram.TelegramApi;
import org.talksbot.telegram.TelegramBot;

/** Wires the store, the curated data and the answers to the chosen transport. */
final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    static final String NO_TOKEN = """
            TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram (/newbot), \
            then run: TELEGRAM_BOT_TOKEN=<token> java -jar target/talksbot.jar run
            To try the bot without Telegram: java -jar target/talksbot.jar console""";

    static final String BROKEN_DATA = "talksbot cannot start: its curated data is broken (nothing was loaded):\n";

    private App() {
    }

    static int runTelegram(Config config) {
        if (config.token().isEmpty()) {
            System.err.println(NO_TOKEN);
            return 2;
        }
        RunningBot running;
        try {
            running = startTelegram(config);
        } catch (CurationException e) {
            System.err.println(BROKEN_DATA + e.getMessage());
            return 3;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("talksbot could not start: " + e.getMessage());
            return 1;
        }
        // SIGTERM and Ctrl-C run this hook: polling stops and replies in progress get a moment to finish
        Thread stopOnSignal = new Thread(running::close, "talksbot-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        log.info("talksbot is polling {}", config.apiUrl());
        running.awaitShutdown();
        return 0;
    }

    /**
     * The whole Telegram bot, started: the store with the bundled data, the answers and the polling
     * adapter. Throws CurationException for broken data and IllegalArgumentException/IllegalStateException
     * (messages without the token) when Telegram cannot be reached or the token is missing.
     */
    static RunningBot startTelegram(Config config) {
        String token = config.token().orElseThrow(() -> new IllegalArgumentException("TELEGRAM_BOT_TOKEN is not set"));
        Jdbi jdbi = openWithCuratedData(config);
        Answers answers = answers(jdbi);
        // one connection serves polling, replies and (via TelegramGateway/TelegramChatAdmins) notifications
        TelegramApi api = TelegramApi.open(token, config.apiUrl());
        TelegramBot bot = TelegramBot.start(api, answers.router(), answers.router().menu(), ChatMembershipListener.NONE,
                answers.inline());
        return new RunningBot(jdbi, bot);
    }

    static int runConsole(Config config, InputStream in, PrintStream out) {
        Jdbi jdbi;
        try {
            jdbi = openWithCuratedData(config);
        } catch (CurationException e) {
            System.err.println(BROKEN_DATA + e.getMessage());
            return 3;
        }
        return ConsoleMode.run(answers(jdbi).router(), in, out);
    }

    static int runImport(Config config, Path path, boolean dryRun, PrintStream out, PrintStream err) {
        if (!Files.exists(path)) {
            err.println("No such file or folder: " + path);
            return 1;
        }
        Jdbi jdbi;
        try {
            jdbi = Database.open(config.dbUrl());
        } catch (RuntimeException e) {
            err.println("Cannot open the database " + config.dbUrl() + ": " + e.getMessage());
            return 1;
        }
        try {
            Curator curator = new Curator(jdbi);
            if (dryRun) {
                ImportReport report = curator.preview(path);
                out.println("Dry run: nothing was changed. Importing " + path + " would do this:");
                out.println(report.describe());
            } else {
                ImportReport report = curator.importPath(path);
                out.println(report.changedAnything() ? "Imported " + path + ":" : "Imported " + path
                        + ": nothing new, the store already had all of it.");
                out.println(report.describe());
                out.println("store revision: " + StoreRevision.current(jdbi));
            }
            return 0;
        } catch (CurationException e) {
            err.println("Import failed, nothing was changed:");
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The commands, with plain-text questions and /search answered from the Lucene index, and inline search. */
    private static Answers answers(Jdbi jdbi) {
        ItemIndex index = new ItemIndex(jdbi);
        index.refresh();
        Clock clock = Clock.systemUTC();
        CommandRouter router = CommandRouter.create(jdbi, List.of(), new QuestionAnswerer(index, clock),
                new LuceneItemSearch(index, clock));
        return new Answers(router, new InlineSearch(index, clock));
    }

    private record Answers(CommandRouter router, InlineSearch inline) {
    }

    private static Jdbi openWithCuratedData(Config config) {
        Jdbi jdbi = Database.open(config.dbUrl());
        ImportReport report = new Curator(jdbi).importBundled();
        log.info("curated data: {}", report.summary());
        return jdbi;
    }
}
