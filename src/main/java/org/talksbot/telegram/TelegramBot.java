package org.talksbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Bot;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.inbox.Inbox;
import org.talksbot.search.InlineSource;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The long-polling adapter: stores every batch of updates in the durable {@link Inbox} before Telegram
 * sees it confirmed, answers each chat's updates in order through the {@link Bot}, and queues the
 * answers in the outbox (the caller's sender delivers them). {@link #close()} stops polling, lets
 * updates being handled finish briefly and releases every thread and connection it started; whatever
 * is unfinished stays in the inbox for the next start.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final int LANE_THREADS = 4;
    private static final long DRAIN_MILLIS = 2_000;

    private final TelegramApi api;
    private final ScheduledExecutorService poller;
    private final ChatLanes lanes;
    private final TelegramBotsLongPollingApplication polling;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    /** The menu Telegram has now in each language, so an unchanged menu is not sent again. */
    private final Map<Language, List<MenuEntry>> published = new ConcurrentHashMap<>();
    /** Its own thread: the poller's is busy waiting on Telegram. */
    private final ScheduledExecutorService menuFollower =
            Executors.newSingleThreadScheduledExecutor(TelegramApi.daemonThreads("talksbot-tg-menu"));
    private final AtomicBoolean closed = new AtomicBoolean();
    private InboxDispatcher dispatcher;

    private TelegramBot(TelegramApi api) {
        PollerLog.install();
        this.api = api;
        this.poller = Executors.newSingleThreadScheduledExecutor(TelegramApi.daemonThreads("talksbot-tg-poll"));
        this.lanes = new ChatLanes(LANE_THREADS);
        this.polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, api::pollHttp, () -> poller,
                PollBackOff::new);
    }

    /**
     * As below with one English menu for everyone, and the adapter's own texts (errors, "text only") in
     * each user's client language.
     */
    public static TelegramBot start(TelegramApi api, Bot bot, List<MenuEntry> menu, ChatMembershipListener membership,
                                    InlineSource inline, Inbox inbox, Runnable repliesQueued) {
        return start(api, bot, Map.of(Language.EN, menu), request -> Language.fromTelegram(request.language()),
                membership, inline, inbox, repliesQueued);
    }

    /**
     * Connects and starts polling over {@code api}, which the bot then owns and closes. If that fails the
     * api stays the caller's, to try again: IllegalArgumentException when Telegram refuses the token,
     * IllegalStateException when it cannot be reached (messages without the token).
     *
     * @param menus the command menu per language (English is everyone's default)
     * @param chatLanguage the language a chat reads, for the texts the adapter writes itself
     * @param repliesQueued runs whenever handling an update queued replies (to wake the sender)
     */
    public static TelegramBot start(TelegramApi api, Bot bot, Map<Language, List<MenuEntry>> menus,
                                    Function<Request, Language> chatLanguage, ChatMembershipListener membership,
                                    InlineSource inline, Inbox inbox, Runnable repliesQueued) {
        TelegramBot telegramBot = new TelegramBot(api);
        try {
            User me = api.client().execute(new GetMe());
            String username = me.getUserName();
            if (inline != InlineSource.NONE && !Boolean.TRUE.equals(me.getSupportInlineQueries())) {
                log.info("inline mode is off for @{}: turn it on with @BotFather (/setinline) to answer @{} QUERY",
                        username, username);
            }
            telegramBot.publishMenus(menus);
            UpdateHandler handler = new UpdateHandler(api.client(), bot, chatLanguage, username, membership,
                    api.secrets(), new InlineQueries(inline));
            telegramBot.dispatcher = new InboxDispatcher(inbox, telegramBot.lanes, handler, repliesQueued).start();
            UpdatesRequest updatesRequest = new UpdatesRequest(Clock.systemUTC());
            InboxDispatcher dispatcher = telegramBot.dispatcher;
            BotSession session = telegramBot.polling.registerBot(api.token(), api::url, updatesRequest,
                    new UpdateConsumer(inbox, dispatcher, updatesRequest::updatesArrived, telegramBot.closing::get,
                            api.latency()));
            updatesRequest.attach(session.getLastReceivedUpdate());
            log.info("polling as @{}", username);
            return telegramBot;
        } catch (TelegramApiException | RuntimeException e) {
            telegramBot.stopEverything();
            if (isRefusedToken(e)) {
                throw new IllegalArgumentException("Telegram refused the bot token (401 Unauthorized); check TELEGRAM_BOT_TOKEN");
            }
            throw new IllegalStateException("could not reach the Telegram Bot API: " + api.secrets().describe(e));
        }
    }

    private static boolean isRefusedToken(Exception e) {
        return e instanceof TelegramApiRequestException refused && refused.getErrorCode() != null
                && refused.getErrorCode() == 401;
    }

    /**
     * Keeps the command menus in step with {@code menus} (topic shortcuts follow the store): checked every
     * {@code every}, each language's sent only when it changed, for as long as the bot runs.
     */
    public void followMenu(Supplier<Map<Language, List<MenuEntry>>> menus, Duration every) {
        menuFollower.scheduleWithFixedDelay(() -> {
            try {
                publishMenus(menus.get());
            } catch (RuntimeException e) {
                log.warn("could not read the command menu: {}", api.secrets().describe(e));
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One setMyCommands per language that changed: English without a language code (the menu of every
     * user whose language has none of its own), the others with theirs.
     */
    private void publishMenus(Map<Language, List<MenuEntry>> menus) {
        for (Language language : Language.values()) {
            List<MenuEntry> menu = menus.get(language);
            if (menu == null || menu.equals(published.get(language))) {
                continue;
            }
            try {
                api.client().execute(SetMyCommands.builder().commands(MenuCommands.of(menu))
                        .languageCode(language == Language.EN ? null : language.code()).build());
                published.put(language, List.copyOf(menu));
            } catch (TelegramApiException | RuntimeException e) {
                // a missing menu is cosmetic: the commands still work when typed
                log.warn("could not set the {} command menu: {}", language.code(), api.secrets().describe(e));
            }
        }
    }

    /** Blocks until {@link #close()} has run (e.g. from a shutdown hook). */
    public void awaitShutdown() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** False if it had been done already. */
    private boolean stopEverything() {
        if (!closing.compareAndSet(false, true)) {
            return false;
        }
        PollerLog.during(() -> {
            try {
                polling.close();
            } catch (Exception e) {
                log.warn("stopping the poller: {}", api.secrets().describe(e));
            }
            api.abortPolling();
            menuFollower.shutdownNow();
            poller.shutdownNow();
            try {
                poller.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (dispatcher != null) {
            dispatcher.close();
        }
        lanes.drainAndStop(DRAIN_MILLIS);
        return true;
    }

    /**
     * Stops polling and handing out updates, letting those being handled finish for a moment; the
     * connection stays open for the sender to finish what is in flight. Unfinished updates stay in the inbox.
     */
    public void stopPolling() {
        if (stopEverything()) {
            log.info("stopped polling");
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopPolling();
        api.close();
        stopped.countDown();
    }
}
