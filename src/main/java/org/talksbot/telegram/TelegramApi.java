package org.talksbot.telegram;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The HTTP side of one bot token: a client for sending and a separate one for long polling, so
 * closing can abort the hanging poll without cutting off replies still being sent. Owns all of
 * OkHttp's threads and connections and releases them on {@link #close()}. Every call has a deadline,
 * so a Bot API that accepts connections but never answers cannot hang the bot; OkHttp's silent
 * re-send of a request whose connection failed is off (it doubled messages Telegram had already
 * accepted): every retry is the sender's, and logged.
 */
public final class TelegramApi implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramApi.class);

    /** Telegram holds a getUpdates call open for up to 50 s; polling reads must outlast it. */
    private static final int POLL_READ_TIMEOUT_SECONDS = 75;
    /** Any other call is answered at once by a working Bot API. */
    static final Duration SEND_READ_TIMEOUT = Duration.ofSeconds(20);

    private final String token;
    private final TelegramUrl url;
    private final Secrets secrets;
    private final ExecutorService sendThreads;
    private final ExecutorService pollThreads;
    private final OkHttpClient sendHttp;
    private final OkHttpClient pollHttp;
    private final TelegramClient client;
    private final ReplyLatency latency = new ReplyLatency(System::nanoTime);

    private TelegramApi(String token, TelegramUrl url, Duration sendReadTimeout) {
        this.token = token;
        this.url = url;
        this.secrets = new Secrets(token);
        LogScrub.register(token);
        this.sendThreads = Executors.newCachedThreadPool(daemonThreads("talksbot-tg-http"));
        this.pollThreads = Executors.newCachedThreadPool(daemonThreads("talksbot-tg-pollhttp"));
        Dispatcher dispatcher = new Dispatcher(sendThreads);
        dispatcher.setMaxRequestsPerHost(32);
        this.sendHttp = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(8, 60, TimeUnit.SECONDS))
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(20, TimeUnit.SECONDS)
                .readTimeout(sendReadTimeout)
                .callTimeout(sendReadTimeout.multipliedBy(2).plusSeconds(5))
                .retryOnConnectionFailure(false)
                .build();
        this.pollHttp = sendHttp.newBuilder().dispatcher(new Dispatcher(pollThreads))
                .addNetworkInterceptor(chain -> {
                    Response response = chain.proceed(chain.request());
                    if (chain.request().url().encodedPath().endsWith("/getUpdates")) {
                        latency.responseArrived();
                    }
                    return response;
                })
                .readTimeout(POLL_READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .callTimeout(POLL_READ_TIMEOUT_SECONDS + 15, TimeUnit.SECONDS)
                .build();
        this.client = new OkHttpTelegramClient(sendHttp, token, url);
    }

    /** @param apiUrl e.g. {@code https://api.telegram.org} or a local Bot API server {@code http://127.0.0.1:8081} */
    public static TelegramApi open(String token, String apiUrl) {
        return open(token, apiUrl, SEND_READ_TIMEOUT);
    }

    /** As above, giving up on a call (not the long poll) after {@code sendReadTimeout} without an answer. */
    static TelegramApi open(String token, String apiUrl, Duration sendReadTimeout) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the bot token is empty");
        }
        return new TelegramApi(token.strip(), ApiUrl.parse(apiUrl), sendReadTimeout);
    }

    ReplyLatency latency() {
        return latency;
    }

    public TelegramClient client() {
        return client;
    }

    String token() {
        return token;
    }

    TelegramUrl url() {
        return url;
    }

    Secrets secrets() {
        return secrets;
    }

    OkHttpClient pollHttp() {
        return pollHttp;
    }

    /** Aborts the long poll in flight (its thread is stuck in a socket read otherwise). */
    void abortPolling() {
        pollHttp.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        ReplyLatency.Summary replies = latency.summary();
        if (replies.replies() > 0) {
            log.info("{}", replies);
        }
        abortPolling();
        sendHttp.dispatcher().cancelAll();
        sendThreads.shutdown();
        pollThreads.shutdown();
        sendHttp.connectionPool().evictAll();
        try {
            sendThreads.awaitTermination(2, TimeUnit.SECONDS);
            pollThreads.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sendThreads.shutdownNow();
        pollThreads.shutdownNow();
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
