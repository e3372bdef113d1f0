package org.talksbot;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.ask.CommandRouter;
import org.talksbot.console.ConsoleMode;
import org.talksbot.curate.CurationException;
import org.talksbot.curate.Curator;
import org.talksbot.curate.ImportReport;
import org.talksbot.store.Database;
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

    private App() {
    }

    static int runTelegram(Config config) {
        if (config.token().isEmpty()) {
            System.err.println(NO_TOKEN);
            return 2;
        }
        Jdbi jdbi = openWithCuratedData(config);
        CommandRouter router = CommandRouter.create(jdbi);
        TelegramBot bot;
        try {
            // one connection serves polling, replies and (via TelegramGateway/TelegramChatAdmins) notifications
            TelegramApi api = TelegramApi.open(config.token().get(), config.apiUrl());
            bot = TelegramBot.start(api, router, router.menu(), ChatMembershipListener.NONE);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("talksbot could not start: " + e.getMessage());
            return 1;
        }
        // SIGTERM and Ctrl-C run this hook: polling stops and replies in progress get a moment to finish
        Thread stopOnSignal = new Thread(bot::close, "talksbot-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        log.info("talksbot is polling {}", config.apiUrl());
        bot.awaitShutdown();
        return 0;
    }

    static int runConsole(Config config, InputStream in, PrintStream out) {
        Jdbi jdbi = openWithCuratedData(config);
        return ConsoleMode.run(CommandRouter.create(jdbi), in, out);
    }

    static int runImport(Config config, Path path, PrintStream out, PrintStream err) {
        Jdbi jdbi = Database.open(config.dbUrl());
        try {
            ImportReport report = new Curator(jdbi).importPath(path);
            out.println(report.summary());
            return 0;
        } catch (CurationException e) {
            err.println("Import failed, nothing was changed: " + e.getMessage());
            return 1;
        }
    }

    private static Jdbi openWithCuratedData(Config config) {
        Jdbi jdbi = Database.open(config.dbUrl());
        ImportReport report = new Curator(jdbi).importBundled();
        log.info("curated data: {}", report.summary());
        return jdbi;
    }
}
