package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class ApiUrlTest {

    @Test
    void theDefaultIsTelegramOverHttps() {
        assertEquals(new TelegramUrl("https", "api.telegram.org", 443, false), ApiUrl.parse("https://api.telegram.org"));
    }

    @Test
    void aLocalServerKeepsItsSchemeHostAndPort() {
        assertEquals(new TelegramUrl("http", "127.0.0.1", 8081, false), ApiUrl.parse("http://127.0.0.1:8081/"));
        assertEquals(new TelegramUrl("http", "localhost", 80, false), ApiUrl.parse("http://localhost"));
    }

    @Test
    void somethingThatIsNotABotApiAddressIsRefusedWithTheReason() {
        assertEquals("TELEGRAM_API_URL must start with http:// or https://: ftp://x",
                assertThrows(IllegalArgumentException.class, () -> ApiUrl.parse("ftp://x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApiUrl.parse("api.telegram.org"));
        assertThrows(IllegalArgumentException.class, () -> ApiUrl.parse("https://example.org/telegram"));
    }
}
