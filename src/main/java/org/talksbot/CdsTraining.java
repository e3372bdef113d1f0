package org.talksbot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The training run behind the class-data archive that {@code mvn package} writes next to the jar
 * ({@code -XX:ArchiveClassesAtExit}): what a start of {@code run} and of {@code console} load, done
 * once on a throw-away database against a loopback stand-in for the Bot API, so the classes the next
 * starts need are read from the archive instead of being loaded and verified one by one.
 */
final class CdsTraining {

    private static final String TOKEN = "1:TRAINING";
    private static final String QUESTIONS = "/latest\n/who blinken\n/lachin\n/timeline 2023\n/quotes blinken\n"
            + "/search lachin checkpoint\nwhat did Blinken say about the Lachin corridor?\n/subscribe all\n";

    private CdsTraining() {
    }

    static int run() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("talksbot-training");
        try {
            String dbUrl = "jdbc:h2:file:" + dir.resolve("train") + ";AUTO_SERVER=TRUE";
            telegram(dbUrl);
            Config config = new Config(Optional.empty(), Config.DEFAULT_API_URL, dbUrl, Set.of());
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            App.runConsole(config, new ByteArrayInputStream(QUESTIONS.getBytes(StandardCharsets.UTF_8)), discard);
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** The bot started against the stand-in, answering two updates, then stopped. */
    private static void telegram(String dbUrl) throws IOException, InterruptedException {
        CountDownLatch answered = new CountDownLatch(2);
        AtomicInteger polls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> answer(exchange, polls, answered));
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Config local = new Config(Optional.of(TOKEN), url, dbUrl, Set.of());
            try (RunningBot bot = App.startTelegram(local)) {
                answered.await(30, TimeUnit.SECONDS);
            }
        } finally {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, AtomicInteger polls, CountDownLatch answered) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase();
        exchange.getRequestBody().readAllBytes();
        String result = switch (method) {
            case "getme" -> "{\"id\":1,\"is_bot\":true,\"first_name\":\"Training\",\"username\":\"TrainingBot\","
                    + "\"supports_inline_queries\":true}";
            case "getupdates" -> polls.getAndIncrement() == 0 ? "[" + update(1, "/latest") + "," + update(2,
                    "what did Blinken say about the Lachin corridor?") + "]" : idle();
            case "sendmessage" -> {
                answered.countDown();
                yield "{\"message_id\":7,\"date\":1700000000,\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"ok\"}";
            }
            default -> "true";
        };
        byte[] body = ("{\"ok\":true,\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String idle() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "[]";
    }

    private static String update(int id, String text) {
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":5,\"type\":\"private\"},\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"T\"},"
                + "\"text\":\"" + text + "\"}}";
    }
}
