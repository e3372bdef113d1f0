package org.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An in-process Bot API server for tests, answering {@code /bot<token>/<method>} with JSON like
 * Telegram does, and refusing what Telegram refuses ({@link FakeRefusals}, listed in {@link #refusals}).
 * Uploads (sendPhoto) arrive as multipart form data and are read like Telegram reads them ({@link FakeMultipart}).
 * Tests queue updates ({@link #enqueueText}, {@link #enqueueCallback}, {@link #enqueueInlineQuery} ...), read
 * what the bot called ({@link #awaitMessages}, {@link #awaitPhotos}, {@link #awaitInlineAnswer}, {@link #calls}) and make methods
 * fail ({@link #failFor}, {@link #intercept}).
 * <pre>{@code
 * try (FakeBotApi fake = FakeBotApi.start();
 *      TelegramBot bot = TelegramBot.start(FakeBotApi.TOKEN, fake.url(), myBot, menu)) {
 *     fake.enqueueText(42, 42, "/start");               // private chat 42; negative ids are groups
 *     fake.failFor("sendMessage", 43, FakeFailure.blocked(), Integer.MAX_VALUE);
 *     List<FakeBotApi.Sent> replies = fake.awaitMessages(42, 1, Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123:TEST";
    public static final String BOT_USERNAME = "TalksTestBot";

    /** Decides, before a method runs, whether it fails; empty lets it through. */
    @FunctionalInterface
    public interface Interceptor {
        Optional<FakeFailure> intercept(String method, JsonNode body);
    }

    /** A sendMessage the bot made. {@code replyMarkup} is null without buttons. */
    public record Sent(long chatId, int messageId, String text, String parseMode, JsonNode replyMarkup, JsonNode body) {
    }

    /**
     * A sendPhoto the bot made, as uploaded: the file's bytes, name and part content type, and the caption.
     * {@code replyMarkup} is null without buttons.
     */
    public record SentPhoto(long chatId, int messageId, byte[] bytes, String fileName, String partContentType,
                            String caption, String parseMode, JsonNode replyMarkup) {
    }

    /** Every API call received, in order, with when it arrived (for rate checks); method names as the Bot API docs spell them. */
    public record Call(String method, JsonNode body, long atNanos) {
    }

    /** Telegram reads method names case-insensitively and the library sends some in lower case ("sendmessage"). */
    private static final Map<String, String> METHODS = Stream.of("getMe", "getUpdates", "deleteWebhook",
            "sendMessage", "sendPhoto", "setMyCommands", "answerCallbackQuery", "editMessageText", "getChatMember",
            "answerInlineQuery").collect(Collectors.toMap(String::toLowerCase, m -> m));

    static {
        // without it every response waits out the client's delayed ACK (~40 ms per call)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final FakeUpdateQueue updates = new FakeUpdateQueue();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<SentPhoto> photos = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final List<Interceptor> interceptors = new CopyOnWriteArrayList<>();
    private final Map<String, String> memberStatus = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final AtomicInteger callbackIds = new AtomicInteger();
    private final AtomicInteger inlineIds = new AtomicInteger();

    private FakeBotApi(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        threads = Executors.newCachedThreadPool(TelegramApi.daemonThreads("fake-bot-api"));
        server.setExecutor(threads);
        server.createContext("/", this::exchange);
        server.start();
    }

    public static FakeBotApi start() {
        return startOn(0);
    }

    /** On a chosen port (0: any free one), e.g. one the bot was already trying to reach. */
    public static FakeBotApi startOn(int port) {
        try {
            return new FakeBotApi(port);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the fake Bot API", e);
        }
    }

    /** What to give as TELEGRAM_API_URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Longest a getUpdates call is held open when nothing is queued (Telegram: the requested timeout). */
    public void maxPollWait(Duration wait) {
        updates.maxWait(wait);
    }

    // ---- updates the bot will receive

    public int enqueue(String kind, JsonNode payload) {
        return updates.add(kind, payload);
    }

    public int enqueueText(long chatId, long userId, String text) {
        return enqueue("message", FakeUpdates.textMessage(chatId, userId, messageIds.incrementAndGet(), text));
    }

    /** A message from a user whose Telegram app is set to {@code languageCode} ("ru", "hy", "de", null for none). */
    public int enqueueText(long chatId, long userId, String text, String languageCode) {
        return enqueue("message", FakeUpdates.textMessage(chatId, userId, messageIds.incrementAndGet(), text,
                languageCode));
    }

    public int enqueueSticker(long chatId, long userId) {
        return enqueueSticker(chatId, userId, "en");
    }

    public int enqueueSticker(long chatId, long userId, String languageCode) {
        return enqueue("message", FakeUpdates.stickerMessage(chatId, userId, messageIds.incrementAndGet(), languageCode));
    }

    /** A press of a button with {@code data} under an earlier bot message; returns the callback query id. */
    public String enqueueCallback(long chatId, long userId, String data) {
        String id = "cb-" + callbackIds.incrementAndGet();
        enqueue("callback_query", FakeUpdates.callbackQuery(id, chatId, userId, messageIds.incrementAndGet(), data));
        return id;
    }

    /** {@code @TalksTestBot query} typed by a user; returns the inline query id, which the answer carries. */
    public String enqueueInlineQuery(long userId, String query, String offset) {
        String id = "iq-" + inlineIds.incrementAndGet();
        enqueue("inline_query", FakeUpdates.inlineQuery(id, userId, query, offset));
        return id;
    }

    /** Waits for the answerInlineQuery call answering inline query {@code id} and returns its body. */
    public JsonNode awaitInlineAnswer(String id, Duration timeout) {
        Waiting.until(() -> inlineAnswer(id).isPresent(), timeout, "the answer to inline query " + id);
        return inlineAnswer(id).orElseThrow();
    }

    private Optional<JsonNode> inlineAnswer(String id) {
        return calls("answerInlineQuery").stream().filter(b -> b.path("inline_query_id").asText().equals(id))
                .findFirst();
    }

    /** The bot's own membership changed, e.g. ("member" → "kicked") when a user blocks it. */
    public int enqueueMyChatMember(long chatId, long userId, String oldStatus, String newStatus) {
        return enqueue("my_chat_member", FakeUpdates.myChatMember(chatId, userId, oldStatus, newStatus));
    }

    // ---- what the bot did

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<JsonNode> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).map(Call::body).toList();
    }

    public List<JsonNode> awaitCalls(String method, int count, Duration timeout) {
        Waiting.until(() -> calls(method).size() >= count, timeout, "calls of " + method);
        return calls(method);
    }

    /**
     * The command names of the newest menu set for {@code languageCode} ("ru", "hy"; "" for the default menu,
     * sent without a language code), in order; empty if none was set.
     */
    public List<String> menu(String languageCode) {
        return commandsOf(languageCode, "command");
    }

    /** The descriptions of that menu, in the same order. */
    public List<String> menuDescriptions(String languageCode) {
        return commandsOf(languageCode, "description");
    }

    /** Waits until a menu for {@code languageCode} was set ("" for the default one). */
    public List<String> awaitMenu(String languageCode, Duration timeout) {
        Waiting.until(() -> !menu(languageCode).isEmpty(), timeout, "a menu for language '" + languageCode + "'");
        return menu(languageCode);
    }

    private List<String> commandsOf(String languageCode, String field) {
        List<JsonNode> set = calls("setMyCommands").stream()
                .filter(body -> body.path("language_code").asText("").equals(languageCode)).toList();
        if (set.isEmpty()) {
            return List.of();
        }
        List<String> values = new java.util.ArrayList<>();
        set.get(set.size() - 1).path("commands").forEach(command -> values.add(command.path(field).asText()));
        return values;
    }

    /** Every error this server answered (made to fail or refused like Telegram would), as "method: description". */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    public List<Sent> sent(long chatId) {
        return sent.stream().filter(s -> s.chatId() == chatId).toList();
    }

    /** Waits until at least {@code count} messages went to the chat, then returns all of them. */
    public List<Sent> awaitMessages(long chatId, int count, Duration timeout) {
        Waiting.until(() -> sent(chatId).size() >= count, timeout, count + " messages to chat " + chatId);
        return sent(chatId);
    }

    public List<SentPhoto> photos(long chatId) {
        return photos.stream().filter(p -> p.chatId() == chatId).toList();
    }

    /** Waits until at least {@code count} photos went to the chat, then returns all of them. */
    public List<SentPhoto> awaitPhotos(long chatId, int count, Duration timeout) {
        Waiting.until(() -> photos(chatId).size() >= count, timeout, count + " photos to chat " + chatId);
        return photos(chatId);
    }

    // ---- behaviour

    public void intercept(Interceptor interceptor) {
        interceptors.add(interceptor);
    }

    /** Makes {@code method} fail for {@code chatId} the next {@code times} calls (Integer.MAX_VALUE: always). */
    public void failFor(String method, long chatId, FakeFailure failure, int times) {
        AtomicInteger left = new AtomicInteger(times);
        intercept((m, body) -> m.equals(method) && body.path("chat_id").asText().equals(Long.toString(chatId))
                && left.getAndDecrement() > 0 ? Optional.of(failure) : Optional.empty());
    }

    public void chatMemberStatus(long chatId, long userId, String status) {
        memberStatus.put(chatId + "/" + userId, status);
    }

    @Override
    public void close() {
        updates.close();
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- HTTP

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            JsonNode body = FakeHttp.readBody(exchange);
            if (path.length != 3 || !path[1].equals("bot" + TOKEN)) {
                FakeHttp.respond(exchange, FakeHttp.error(new FakeFailure(401, "Unauthorized", null)));
                return;
            }
            String method = METHODS.getOrDefault(path[2].toLowerCase(), path[2]);
            calls.add(new Call(method, body, System.nanoTime()));
            Optional<FakeFailure> failure = interceptors.stream()
                    .map(i -> i.intercept(method, body)).flatMap(Optional::stream).findFirst();
            ObjectNode response = failure.map(FakeHttp::error).orElseGet(() -> answer(method, body));
            if (!response.path("ok").asBoolean()) {
                refusals.add(method + ": " + response.path("description").asText());
            }
            FakeHttp.respond(exchange, response);
        }
    }

    private ObjectNode answer(String method, JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        return switch (method) {
            case "getMe" -> FakeHttp.ok(FakeUpdates.user(FakeUpdates.BOT_USER_ID, BOT_USERNAME, true)
                    .put("supports_inline_queries", true));
            case "getUpdates" -> FakeHttp.ok(updates.take(body.path("offset").asInt(0),
                    body.path("limit").asInt(100), body.path("timeout").asInt(0)));
            case "answerInlineQuery" -> FakeRefusals.ofInlineAnswer(body).map(FakeFailure::badRequest).map(FakeHttp::error)
                    .orElseGet(() -> FakeHttp.ok(FakeUpdates.JSON.getNodeFactory().booleanNode(true)));
            case "deleteWebhook", "setMyCommands", "answerCallbackQuery" ->
                    FakeHttp.ok(FakeUpdates.JSON.getNodeFactory().booleanNode(true));
            case "sendMessage" -> sendMessage(body);
            case "sendPhoto" -> sendPhoto(body);
            case "editMessageText" -> FakeHttp.ok(FakeUpdates.botMessage(chatId, body.path("message_id").asInt(),
                    body.path("text").asText()));
            case "getChatMember" -> {
                long userId = body.path("user_id").asLong();
                String status = memberStatus.getOrDefault(chatId + "/" + userId, "member");
                yield FakeHttp.ok(FakeUpdates.chatMember(userId, status, false));
            }
            default -> FakeHttp.error(new FakeFailure(404, "Not Found: method not found", null));
        };
    }

    private ObjectNode sendPhoto(JsonNode body) {
        Optional<String> refused = FakeRefusals.ofPhoto(body);
        if (refused.isPresent()) {
            return FakeHttp.error(FakeFailure.badRequest(refused.get()));
        }
        long chatId = body.path("chat_id").asLong();
        int messageId = messageIds.incrementAndGet();
        JsonNode photo = FakeMultipart.file(body, "photo");
        JsonNode markup = body.hasNonNull("reply_markup") ? readJson(body.path("reply_markup").asText()) : null;
        byte[] bytes;
        try {
            bytes = photo.path("bytes").binaryValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String caption = body.path("caption").asText("");
        photos.add(new SentPhoto(chatId, messageId, bytes, photo.path("file_name").asText(),
                photo.path("content_type").asText(), caption, body.path("parse_mode").asText(null), markup));
        ObjectNode message = FakeUpdates.botMessage(chatId, messageId, "");
        message.remove("text");
        message.put("caption", caption);
        message.putArray("photo").addObject().put("file_id", "photo-" + messageId)
                .put("file_unique_id", "u-" + messageId).put("width", 1000).put("height", 600)
                .put("file_size", bytes.length);
        return FakeHttp.ok(message);
    }

    private static JsonNode readJson(String json) {
        try {
            return FakeUpdates.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("reply_markup is not JSON: " + json, e);
        }
    }

    private ObjectNode sendMessage(JsonNode body) {
        Optional<String> refused = FakeRefusals.ofMessage(body);
        if (refused.isPresent()) {
            return FakeHttp.error(FakeFailure.badRequest(refused.get()));
        }
        String text = body.path("text").asText("");
        long chatId = body.path("chat_id").asLong();
        int messageId = messageIds.incrementAndGet();
        JsonNode markup = body.get("reply_markup");
        sent.add(new Sent(chatId, messageId, text, body.path("parse_mode").asText(null), markup, body));
        return FakeHttp.ok(FakeUpdates.botMessage(chatId, messageId, text));
    }
}
