package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;
import org.talksbot.notify.DeliveryException;
import org.talksbot.notify.DeliveryException.Kind;

class TelegramGatewayTest {

    private FakeBotApi fake;
    private TelegramApi api;
    private TelegramGateway gateway;

    @BeforeEach
    void connect() {
        fake = FakeBotApi.start();
        api = TelegramApi.open(FakeBotApi.TOKEN, fake.url());
        gateway = new TelegramGateway(api);
    }

    @AfterEach
    void disconnect() {
        api.close();
        fake.close();
    }

    @Test
    void aDeliveredNotificationArrivesAsHtml() throws DeliveryException {
        gateway.send(5, Reply.of("<b>New event</b>"));

        assertEquals("<b>New event</b>", fake.sent(5).get(0).text());
    }

    @Test
    void everyPartOfALongMessageAfterTheFirstWaitsForItsOwnSlotOnceThePartBeforeHasGone() throws DeliveryException {
        java.util.List<Integer> messagesBeforeEachWait = new java.util.ArrayList<>();
        String longText = "word ".repeat(2_000);  // 10,000 characters: three messages

        gateway.send(5, Reply.of(longText), false, () -> messagesBeforeEachWait.add(fake.sent(5).size()));

        assertEquals(3, fake.sent(5).size());
        assertEquals(java.util.List.of(1, 2), messagesBeforeEachWait);
    }

    @Test
    void aResendAsPlainTextWaitsForItsOwnSlot() throws DeliveryException {
        java.util.List<Integer> requestsBeforeEachWait = new java.util.ArrayList<>();

        gateway.send(5, Reply.of("<x>broken</x> markup"), false,
                () -> requestsBeforeEachWait.add(fake.calls("sendMessage").size()));

        assertEquals(2, fake.calls("sendMessage").size());
        assertEquals(java.util.List.of(1), requestsBeforeEachWait);
    }

    @Test
    void floodControlIsRateLimitedWithTheWaitTelegramAskedFor() {
        fake.failFor("sendMessage", 5, FakeFailure.tooManyRequests(7), 1);

        DeliveryException failure = assertThrows(DeliveryException.class, () -> gateway.send(5, Reply.of("x")));
        assertEquals(Kind.RATE_LIMITED, failure.kind());
        assertEquals(Duration.ofSeconds(7), failure.retryAfter());
    }

    @Test
    void aBlockedBotOrAMissingChatMeansTheChatIsUnreachable() {
        fake.failFor("sendMessage", 5, FakeFailure.blocked(), 1);
        fake.failFor("sendMessage", 6, FakeFailure.chatNotFound(), 1);

        assertEquals(Kind.CHAT_UNREACHABLE, kindOf(5));
        assertEquals(Kind.CHAT_UNREACHABLE, kindOf(6));
    }

    @Test
    void aGroupThatBecameASupergroupOrSilencedTheBotIsUnreachable() {
        fake.failFor("sendMessage", -5, FakeFailure.badRequest("group chat was upgraded to a supergroup chat"), 1);
        fake.failFor("sendMessage", -6, FakeFailure.badRequest("not enough rights to send text messages to the chat"), 1);

        assertEquals(Kind.CHAT_UNREACHABLE, kindOf(-5));
        assertEquals(Kind.CHAT_UNREACHABLE, kindOf(-6));
    }

    @Test
    void serverErrorsAndNetworkFailuresAreTransient() {
        fake.failFor("sendMessage", 5, FakeFailure.serverError(), 1);
        assertEquals(Kind.TRANSIENT, kindOf(5));

        fake.close();
        assertEquals(Kind.TRANSIENT, kindOf(6));
    }

    @Test
    void otherRefusalsAreRejectedAndNeverNameTheToken() {
        fake.failFor("sendMessage", 5, FakeFailure.badRequest("message is too long"), 1);

        DeliveryException failure = assertThrows(DeliveryException.class, () -> gateway.send(5, Reply.of("x")));
        assertEquals(Kind.REJECTED, failure.kind());
        assertFalse(failure.getMessage().contains(FakeBotApi.TOKEN), failure.getMessage());
    }

    private Kind kindOf(long chatId) {
        return assertThrows(DeliveryException.class, () -> gateway.send(chatId, Reply.of("x"))).kind();
    }
}
