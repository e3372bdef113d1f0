package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Bot;
import org.talksbot.core.Reply;
import org.talksbot.search.InlineSource;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateConsumerTest {

    @Test
    void anUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        Bot bot = request -> {
            answered.incrementAndGet();
            return Reply.of("ok " + request.text());
        };
        try (FakeBotApi fake = FakeBotApi.start(); TelegramApi api = TelegramApi.open(FakeBotApi.TOKEN, fake.url());
             ChatLanes lanes = new ChatLanes(2)) {
            UpdateHandler handler = new UpdateHandler(api.client(), bot, FakeBotApi.BOT_USERNAME,
                    ChatMembershipListener.NONE, api.secrets(), new InlineQueries(InlineSource.NONE));
            UpdateConsumer consumer = new UpdateConsumer(lanes, handler, () -> { });

            consumer.consume(List.of(update(1, "first"), update(2, "second")));
            consumer.consume(List.of(update(2, "second"), update(3, "third")));

            assertEquals(List.of("ok first", "ok second", "ok third"),
                    fake.awaitMessages(4, 3, Duration.ofSeconds(5)).stream().map(FakeBotApi.Sent::text).toList());
            assertEquals(3, answered.get());
        }
    }

    private static Update update(int id, String text) throws Exception {
        ObjectNode json = FakeUpdates.JSON.createObjectNode().put("update_id", id);
        json.set("message", FakeUpdates.textMessage(4, 4, id, text));
        return FakeUpdates.JSON.treeToValue(json, Update.class);
    }
}
