package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Request;

class TelegramChatAdminsTest {

    private static final long GROUP = -500;

    private FakeBotApi fake;
    private TelegramApi api;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void connect() {
        fake = FakeBotApi.start();
        api = TelegramApi.open(FakeBotApi.TOKEN, fake.url());
    }

    @AfterEach
    void disconnect() {
        api.close();
        fake.close();
    }

    private TelegramChatAdmins admins() {
        return new TelegramChatAdmins(api.client(), api.secrets(), clock);
    }

    private static Request inGroup(long userId) {
        return new Request(GROUP, userId, "en", "/subscribe", Request.ChatType.GROUP, Request.Origin.MESSAGE);
    }

    @Test
    void inAPrivateChatTheUserManagesItWithoutAskingTelegram() {
        assertTrue(admins().mayManage(Request.privateMessage(7, "/subscribe")));
        assertEquals(0, fake.calls("getChatMember").size());
    }

    @Test
    void inAGroupOnlyTheCreatorAndAdministratorsManageIt() {
        fake.chatMemberStatus(GROUP, 1, "creator");
        fake.chatMemberStatus(GROUP, 2, "administrator");
        fake.chatMemberStatus(GROUP, 3, "member");
        TelegramChatAdmins admins = admins();

        assertTrue(admins.mayManage(inGroup(1)));
        assertTrue(admins.mayManage(inGroup(2)));
        assertFalse(admins.mayManage(inGroup(3)));
    }

    @Test
    void anAnswerIsReusedForAMinuteThenAskedAgain() {
        fake.chatMemberStatus(GROUP, 2, "administrator");
        TelegramChatAdmins admins = admins();
        admins.mayManage(inGroup(2));

        fake.chatMemberStatus(GROUP, 2, "member");
        clock.advance(Duration.ofSeconds(30));
        assertTrue(admins.mayManage(inGroup(2)));
        clock.advance(Duration.ofSeconds(31));
        assertFalse(admins.mayManage(inGroup(2)));
        assertEquals(2, fake.calls("getChatMember").size());
    }

    @Test
    void whenTelegramCannotBeAskedNobodyManagesTheGroup() {
        fake.failFor("getChatMember", GROUP, FakeFailure.serverError(), 1);

        assertFalse(admins().mayManage(inGroup(1)));
    }
}
