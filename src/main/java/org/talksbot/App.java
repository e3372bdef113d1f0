package org.talksbot;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.console.ConsoleMode;
import org.talksbot.core.ChatAdmins;
import org.talksbot.curate.CurationException;
import org.talksbot.curate.Curator;
import org.talksbot.curate.ImportReport;
import org.talksbot.i18n.Language;
import org.talksbot.inbox.Inbox;
import org.talksbot.notify.FanoutPlan;
import org.talksbot.notify.Notifier;
import org.talksbot.notify.NotifyFeature;
import org.talksbot.notify.OutboxWriter;
import org.talksbot.notify.TimeSource;
import org.talksbot.store.Database;
import org.talksbot.store.DatabaseUnavailableException;
import org.talksbot.store.Reconnect;
import org.talksbot.store.StoreRevision;
import org.talksbot.telegram.TelegramApi;
import org.talksbot.telegram.TelegramBot;
import org.talksbot.telegram.TelegramChatAdmins;
import org.talksbot.telegram.TelegramGateway;

/** Runs the chosen mode: the features ({@link Features}) wired to Telegram or the console, or an import. */
final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);
    /** How often the command menu is compared with the store's topic shortcuts. */
    static final java.time.Duration MENU_CHECK = java.time.Duration.ofSeconds(3);

    static final String NO_TOKEN = """
            TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram (/newbot), \
            then run: TELEGRAM_BOT_TOKEN=<token> target/talksbot run
            To try the bot without Telegram: target/talksbot console (add --lang ru or --lang hy)""";

    static final String DB_UNAVAILABLE = "talksbot cannot open the database TALKSBOT_DB_URL=%s: %s "
            + "(TALKSBOT_DB_URL takes an H2 URL such as " + Database.DEFAULT_URL + ")";

    static final String BROKEN_DATA = "talksbot cannot start: its curated data is broken (nothing was loaded):\n";

    private App() {
    }

    static int runTelegram(Config config) {
        if (config.token().isEmpty()) {
            System.err.println(NO_TOKEN);
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        // SIGTERM and Ctrl-C: polling stops, sends in flight get a moment, the rest stays in the database.
        // Caught as signals, so the stop runs before the JVM's shutdown hooks (H2's closes the database);
        // the hook is for any other way the JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                finished.await(8, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "talksbot-shutdown"));
        try (StopSignals signals = StopSignals.onStop(stop::countDown)) {
            Optional<RunningBot> running = startTelegram(config, TimeSource.SYSTEM, stop);
            running.ifPresent(bot -> {
                log.info("talksbot is polling {}", config.apiUrl());
                await(stop);
                bot.close();
            });
            return 0;
        } catch (CurationException e) {
            System.err.println(BROKEN_DATA + e.getMessage());
            return 3;
        } catch (DatabaseUnavailableException e) {
            System.err.println(DB_UNAVAILABLE.formatted(config.dbUrl(), e.getMessage()));
            return 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("talksbot could not start: " + e.getMessage());
            return 1;
        } finally {
            finished.countDown();
        }
    }

    /** As {@link #startTelegram(Config, TimeSource, CountDownLatch)} on the real clock, never asked to stop. */
    static RunningBot startTelegram(Config config) {
        return startTelegram(config, TimeSource.SYSTEM, new CountDownLatch(1)).orElseThrow();
    }

    /**
     * The whole Telegram bot, started: the store with the bundled data, the answers, the sender (which
     * delivers replies and notifications from the outbox) and the polling adapter. While the Bot API
     * cannot be reached it keeps trying, with one log line per attempt, until it can or {@code stop} is
     * counted down (then empty). Throws CurationException for broken data, IllegalArgumentException
     * (message without the token) for a bad setting or a token Telegram refuses.
     */
    static Optional<RunningBot> startTelegram(Config config, TimeSource time, CountDownLatch stop) {
        String token = config.token().orElseThrow(() -> new IllegalArgumentException("TELEGRAM_BOT_TOKEN is not set"));
        // one connection serves polling, replies, group-admin checks and notifications
        TelegramApi api = TelegramApi.open(token, config.apiUrl());
        Features features;
        try {
            features = Features.open(config, new TelegramChatAdmins(api), time);
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
        NotifyFeature notify = features.notify;
        Notifier sender = notify.startNotifier(new TelegramGateway(api));
        Inbox inbox = new Inbox(features.jdbi, time);
        StartBackOff backOff = new StartBackOff();
        for (int attempt = 1; ; attempt++) {
            try {
                TelegramBot bot = TelegramBot.start(api, features.bot(), features.menus(), features.languages::of,
                        notify.chats()::changed, features.inline, inbox, sender::poke);
                features.buildSearchIndexInBackground();
                // an import from another process can add a main topic: its shortcut joins the menu within seconds
                bot.followMenu(features::menus, MENU_CHECK);
                return Optional.of(new RunningBot(features.jdbi, bot, notify));
            } catch (IllegalStateException unreachable) {
                Duration wait = backOff.next();
                log.warn("{} (attempt {}); trying again in {} s", unreachable.getMessage(), attempt, wait.toSeconds());
                if (await(stop, wait)) {
                    notify.close();
                    api.close();
                    return Optional.empty();
                }
            } catch (RuntimeException e) {
                notify.close();
                api.close();
                throw e;
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True if the latch was counted down within {@code wait}. */
    private static boolean await(CountDownLatch latch, Duration wait) {
        try {
            return latch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    static int runConsole(Config config, InputStream in, PrintStream out) {
        return runConsole(config, Optional.empty(), in, out);
    }

    /** As above; {@code language}, when given, becomes the console chat's language (kept, as /language keeps it). */
    static int runConsole(Config config, Optional<Language> language, InputStream in, PrintStream out) {
        Features features;
        try {
            // the console is chat 1 and manages its own subscriptions; nothing is sent on its own
            features = Features.open(config, ChatAdmins.EVERYONE);
        } catch (CurationException e) {
            System.err.println(BROKEN_DATA + e.getMessage());
            return 3;
        } catch (DatabaseUnavailableException e) {
            System.err.println(DB_UNAVAILABLE.formatted(config.dbUrl(), e.getMessage()));
            return 2;
        }
        language.ifPresent(chosen -> features.languages.set(ConsoleMode.CHAT_ID, false, chosen));
        return ConsoleMode.run(features.bot(), features.languages::of, in, out);
    }

    static int runImport(Config config, Path path, boolean dryRun, PrintStream out, PrintStream err) {
        if (!Files.exists(path)) {
            err.println("No such file or folder: " + path);
            return 1;
        }
        Jdbi jdbi;
        try {
            jdbi = Database.open(config.dbUrl());
        } catch (DatabaseUnavailableException e) {
            err.println(DB_UNAVAILABLE.formatted(config.dbUrl(), e.getMessage()));
            return 2;
        }
        try {
            // the pending notifications are written in the import's transaction; a running bot's notifier sends them
            OutboxWriter outbox = new OutboxWriter(TimeSource.SYSTEM);
            AtomicReference<FanoutPlan> plan = new AtomicReference<>(new FanoutPlan(List.of()));
            Curator curator = new Curator(jdbi, (handle, report) ->
                    plan.set(dryRun ? outbox.plan(handle, report) : outbox.write(handle, report)));
            if (dryRun) {
                ImportReport report = curator.preview(path);
                out.println("Dry run: nothing was changed. Importing " + path + " would do this:");
                out.println(report.describe());
                out.println("would notify:\n" + plan.get().summary());
            } else {
                ImportReport report = curator.importPath(path);
                out.println(report.changedAnything() ? "Imported " + path + ":" : "Imported " + path
                        + ": nothing new, the store already had all of it.");
                out.println(report.describe());
                out.println("store revision: " + Reconnect.retrying("reading the revision", () -> StoreRevision.current(jdbi)));
                out.println("queued for subscribers (a running bot sends them):\n" + plan.get().summary());
            }
            return 0;
        } catch (CurationException | IllegalStateException e) {
            err.println("Import failed, nothing was changed:");
            err.println(e.getMessage());
            return 1;
        }
    }
}
