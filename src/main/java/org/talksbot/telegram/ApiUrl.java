package org.talksbot.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Turns TELEGRAM_API_URL ({@code https://api.telegram.org}, {@code http://127.0.0.1:8081}) into a TelegramUrl. */
public final class ApiUrl {

    private ApiUrl() {
    }

    /** The server's address; IllegalArgumentException naming TELEGRAM_API_URL and what it allows. */
    public static TelegramUrl parse(String apiUrl) {
        URI uri;
        try {
            uri = new URI(apiUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("TELEGRAM_API_URL is not a URL (give one like https://api.telegram.org or http://127.0.0.1:8081): " + apiUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must start with http:// or https://: " + apiUrl);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL has no host (give one like http://127.0.0.1:8081): " + apiUrl);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.isEmpty() && !path.equals("/")) {
            // the library builds /bot<token>/<method> from the root; a path would be silently dropped
            throw new IllegalArgumentException("TELEGRAM_API_URL must not have a path (only scheme, host and port, like http://127.0.0.1:8081): " + apiUrl);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }
}
