package org.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A Bot API server that misbehaves like a real network and a real Telegram on a bad day, from a seed:
 * getUpdates answered 502 (with the request path, token included, echoed like a proxy does), held
 * and then closed without an answer, reset, or 409; sendMessage answered 500, 429 with a retry_after,
 * or its connection reset before the message is taken or just after it was (so the sender cannot
 * know). Plain HTTP/1.1 over sockets, so a reset is a real TCP reset. Records every message taken,
 * every 429 given, and when.
 */
public final class ChaosBotApi implements AutoCloseable {

    /** A message Telegram took (the user sees it). */
    public record Taken(long chatId, String text, long atNanos) {
    }

    /** A 429 given to a chat: nothing more may reach it before {@code atNanos + retryAfter}. */
    public record FloodWait(long chatId, long atNanos, Duration retryAfter) {
    }

    /** How often each fault happens, per call. */
    public record Faults(double updates502, double updatesHang, double updatesReset, double updates409,
                         double send500, double send429, double sendResetBefore, double sendResetAfter) {
    }

    private enum Fault { NONE, ERROR_502, HANG, RESET, CONFLICT, ERROR_500, FLOOD, RESET_BEFORE, RESET_AFTER }

    private final String token;
    private final Faults faults;
    private final Random random;
    private final Duration hang;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(TelegramApi.daemonThreads("chaos-bot-api"));
    private final FakeUpdateQueue updates = new FakeUpdateQueue();
    private final List<Taken> taken = new CopyOnWriteArrayList<>();
    private final List<FloodWait> floodWaits = new CopyOnWriteArrayList<>();
    private final List<Taken> attempts = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final List<Taken> resetsAfterTaking = new CopyOnWriteArrayList<>();
    private volatile IntConsumer onBatch = size -> { };
    private volatile boolean faulty = true;

    public ChaosBotApi(String token, Faults faults, long seed, Duration hang) throws IOException {
        this.token = token;
        this.faults = faults;
        this.random = new Random(seed);
        this.hang = hang;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        updates.maxWait(Duration.ofMillis(300));
        threads.execute(this::accept);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public int enqueueText(long chatId, String text) {
        return updates.add("message", FakeUpdates.textMessage(chatId, chatId, messageIds.incrementAndGet(), text));
    }

    /** Runs (on the server's thread, before the answer is written) whenever getUpdates hands out a batch. */
    public void onBatch(IntConsumer listener) {
        this.onBatch = listener;
    }

    /** Turns every fault off (to let the bot finish once the chaos has been proved survivable). */
    public void calm() {
        faulty = false;
    }

    public List<Taken> taken() {
        return List.copyOf(taken);
    }

    /** Every sendMessage that reached the server, taken or not. */
    public List<Taken> attempts() {
        return List.copyOf(attempts);
    }

    public List<FloodWait> floodWaits() {
        return List.copyOf(floodWaits);
    }

    /** Messages taken whose connection was then reset: the sender had to assume they were lost. */
    public List<Taken> resetsAfterTaking() {
        return List.copyOf(resetsAfterTaking);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                ChaosHttp.Request request = ChaosHttp.Request.read(in);
                if (request == null) {
                    return;
                }
                if (!answer(request, socket, out)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or we reset the connection on purpose
        } finally {
            sockets.remove(socket);
        }
    }

    /** False when the connection was closed or reset on purpose. */
    private boolean answer(ChaosHttp.Request request, Socket socket, OutputStream out) throws IOException, InterruptedException {
        String[] path = request.path().split("/");
        if (path.length != 3 || !path[1].equals("bot" + token)) {
            ChaosHttp.respond(out, 401, "Unauthorized", error(401, "Unauthorized", null));
            return true;
        }
        String method = path[2].toLowerCase(Locale.ROOT);
        JsonNode body = request.body().length == 0 ? FakeUpdates.JSON.createObjectNode()
                : FakeUpdates.JSON.readTree(request.body());
        if (method.equals("sendmessage")) {
            attempts.add(new Taken(body.path("chat_id").asLong(), body.path("text").asText(""), System.nanoTime()));
        }
        Fault fault = fault(method);
        switch (fault) {
            case ERROR_502 -> {
                // a proxy's error page that names the upstream URL, token and all
                ChaosHttp.respond(out, 502, "Bad Gateway for " + request.path(),
                        error(502, "Bad Gateway: upstream " + request.path() + " did not answer", null));
                return true;
            }
            case CONFLICT -> {
                ChaosHttp.respond(out, 409, "Conflict", error(409,
                        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                        null));
                return true;
            }
            case HANG -> {
                Thread.sleep(hang.toMillis());
                return false;
            }
            case RESET, RESET_BEFORE -> {
                ChaosHttp.reset(socket);
                return false;
            }
            case ERROR_500 -> {
                ChaosHttp.respond(out, 500, "Internal Server Error",
                        error(500, "Internal Server Error at " + request.path(), null));
                return true;
            }
            case FLOOD -> {
                int seconds = 1 + random(3);
                floodWaits.add(new FloodWait(body.path("chat_id").asLong(), System.nanoTime(), Duration.ofSeconds(seconds)));
                ChaosHttp.respond(out, 429, "Too Many Requests", error(429, "Too Many Requests: retry after " + seconds, seconds));
                return true;
            }
            default -> {
            }
        }
        Taken took = null;
        ObjectNode result;
        switch (method) {
            case "getme" -> result = FakeHttp.ok(FakeUpdates.user(FakeUpdates.BOT_USER_ID, FakeBotApi.BOT_USERNAME,
                    true).put("supports_inline_queries", true));
            case "getupdates" -> {
                ArrayNode batch = updates.take(body.path("offset").asInt(0), body.path("limit").asInt(100),
                        body.path("timeout").asInt(0));
                if (!batch.isEmpty()) {
                    onBatch.accept(batch.size());
                }
                result = FakeHttp.ok(batch);
            }
            case "sendmessage" -> {
                long chatId = body.path("chat_id").asLong();
                took = new Taken(chatId, body.path("text").asText(""), System.nanoTime());
                taken.add(took);
                result = FakeHttp.ok(FakeUpdates.botMessage(chatId, messageIds.incrementAndGet(), took.text()));
            }
            default -> result = FakeHttp.ok(FakeUpdates.JSON.getNodeFactory().booleanNode(true));
        }
        if (fault == Fault.RESET_AFTER) {
            resetsAfterTaking.add(took);
            ChaosHttp.reset(socket);
            return false;
        }
        ChaosHttp.respond(out, 200, "OK", result);
        return true;
    }

    private synchronized int random(int bound) {
        return random.nextInt(bound);
    }

    private synchronized Fault fault(String method) {
        double roll = random.nextDouble();
        if (!faulty) {
            return Fault.NONE;
        }
        if (method.equals("getupdates")) {
            return pick(roll, new double[] {faults.updates502(), faults.updatesHang(), faults.updatesReset(), faults.updates409()},
                    Fault.ERROR_502, Fault.HANG, Fault.RESET, Fault.CONFLICT);
        }
        if (method.equals("sendmessage")) {
            return pick(roll, new double[] {faults.send500(), faults.send429(), faults.sendResetBefore(), faults.sendResetAfter()},
                    Fault.ERROR_500, Fault.FLOOD, Fault.RESET_BEFORE, Fault.RESET_AFTER);
        }
        return Fault.NONE;
    }

    private static Fault pick(double roll, double[] odds, Fault... kinds) {
        double sum = 0;
        for (int i = 0; i < odds.length; i++) {
            sum += odds[i];
            if (roll < sum) {
                return kinds[i];
            }
        }
        return Fault.NONE;
    }

    private static ObjectNode error(int code, String description, Integer retryAfter) {
        return FakeHttp.error(new FakeFailure(code, description, retryAfter));
    }

    @Override
    public void close() {
        updates.close();
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        sockets.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        });
        threads.shutdownNow();
    }
}
