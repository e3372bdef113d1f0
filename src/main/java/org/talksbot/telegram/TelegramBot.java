package org.talksbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Bot;
import org.talksbot.core.MenuEntry;
import org.talksbot.search.InlineSource;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The long-polling adapter: fetches updates, answers each chat in order through the {@link Bot},
 * and on {@link #close()} stops polling, lets replies in progress finish briefly and releases
 * every thread and connection it started.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final int LANE_THREADS = 4;
    private static final long DRAIN_MILLIS = 3_000;

    private final TelegramApi api;
    private final ScheduledExecutorService poller;
    private final ChatLanes lanes;
    private final TelegramBotsLongPollingApplication polling;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    /** The menu Telegram has now, so an unchanged menu is not sent again. */
    private volatile List<MenuEntry> published = List.of();
    /** Its own thread: the poller's is busy waiting on Telegram. */
    private final ScheduledExecutorService menuFollower =
            Executors.newSingleThreadScheduledExecutor(TelegramApi.daemonThreads("talksbot-tg-menu"));

    private TelegramBot(TelegramApi api) {
        this.api = api;
        this.poller = Executors.newSingleThreadScheduledExecutor(TelegramApi.daemonThreads("talksbot-tg-poll"));
        this.lanes = new ChatLanes(LANE_THREADS);
        this.polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, api::pollHttp, () -> poller,
                PollBackOff::new);
    }

    /** Connects and starts polling; IllegalStateException (message without the token) if that fails. */
    public static TelegramBot start(String token, String apiUrl, Bot bot, List<MenuEntry> menu) {
        TelegramApi api = TelegramApi.open(token, apiUrl);
        try {
            return start(api, bot, menu, ChatMembershipListener.NONE);
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
    }

    /** Starts polling over {@code api}, which the bot then owns and closes; inline queries get no results. */
    public static TelegramBot start(TelegramApi api, Bot bot, List<MenuEntry> menu, ChatMembershipListener membership) {
        return start(api, bot, menu, membership, InlineSource.NONE);
    }

    /** Starts polling over {@code api}, which the bot then owns and closes; {@code @Bot QUERY} is answered from {@code inline}. */
    public static TelegramBot start(TelegramApi api, Bot bot, List<MenuEntry> menu, ChatMembershipListener membership,
                                    InlineSource inline) {
        return start(api, bot, menu, membership, inline, ReplySlots.NONE);
    }

    /** As above, every reply part first waiting for a slot from {@code slots} (shared with notifications). */
    public static TelegramBot start(TelegramApi api, Bot bot, List<MenuEntry> menu, ChatMembershipListener membership,
                                    InlineSource inline, ReplySlots slots) {
        TelegramBot telegramBot = new TelegramBot(api);
        try {
            User me = telegramBot.api.client().execute(new GetMe());
            String username = me.getUserName();
            if (inline != InlineSource.NONE && !Boolean.TRUE.equals(me.getSupportInlineQueries())) {
                log.info("inline mode is off for @{}: turn it on with @BotFather (/setinline) to answer @{} QUERY",
                        username, username);
            }
            telegramBot.publishMenu(menu);
            UpdateHandler handler = new UpdateHandler(api.client(), bot, username, membership, api.secrets(),
                    new InlineQueries(inline), slots);
            UpdatesRequest updatesRequest = new UpdatesRequest(Clock.systemUTC());
            BotSession session = telegramBot.polling.registerBot(api.token(), api::url, updatesRequest,
                    new UpdateConsumer(telegramBot.lanes, handler, updatesRequest::updatesArrived));
            updatesRequest.attach(session.getLastReceivedUpdate());
            log.info("polling as @{}", username);
            return telegramBot;
        } catch (TelegramApiException | RuntimeException e) {
            telegramBot.close();
            throw new IllegalStateException(whyStartFailed(e, api.secrets()));
        }
    }

    private static String whyStartFailed(Exception e, Secrets secrets) {
        if (e instanceof TelegramApiRequestException refused && refused.getErrorCode() != null
                && refused.getErrorCode() == 401) {
            return "Telegram refused the bot token (401 Unauthorized); check TELEGRAM_BOT_TOKEN";
        }
        return "could not reach the Telegram Bot API: " + secrets.describe(e);
    }

    /**
     * Keeps the command menu in step with {@code menu} (topic shortcuts follow the store): checked every
     * {@code every}, sent only when it changed, for as long as the bot runs.
     */
    public void followMenu(java.util.function.Supplier<List<MenuEntry>> menu, java.time.Duration every) {
        menuFollower.scheduleWithFixedDelay(() -> {
            try {
                List<MenuEntry> now = menu.get();
                if (!now.equals(published)) {
                    publishMenu(now);
                }
            } catch (RuntimeException e) {
                log.warn("could not read the command menu: {}", api.secrets().describe(e));
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publishMenu(List<MenuEntry> menu) {
        try {
            api.client().execute(SetMyCommands.builder().commands(MenuCommands.of(menu)).build());
            published = List.copyOf(menu);
        } catch (TelegramApiException | RuntimeException e) {
            // a missing menu is cosmetic: the commands still work when typed
            log.warn("could not set the command menu: {}", api.secrets().describe(e));
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

    private void stopEverything() {
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
        lanes.drainAndStop(DRAIN_MILLIS);
        api.close();
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        QuietPollerShutdown.during(this::stopEverything);
        stopped.countDown();
        log.info("stopped polling");
    }
}
