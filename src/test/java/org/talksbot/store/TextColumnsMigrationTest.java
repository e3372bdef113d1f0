package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** V13_1 on a store from before it: pending updates and queued replies keep their text, and stay required where they were. */
class TextColumnsMigrationTest {

    @Test
    void pendingUpdatesAndQueuedRepliesKeepTheirTextAsTheColumnsStopBeingLobs() {
        OlderStore older = OlderStore.at("13");
        String url = older.url();
        Jdbi jdbi = older.jdbi();
        String payload = "{\"update_id\":1,\"message\":{\"text\":\"" + "Լաչին ".repeat(200) + "\"}}";
        String body = "{\"html\":\"" + "<b>answer</b> ".repeat(300) + "\"}";
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO chat(id, is_group, active, updated_at) VALUES (7, FALSE, TRUE, CURRENT_TIMESTAMP)");
            h.execute("INSERT INTO inbox(update_id, chat_id, payload, received_at, state) "
                    + "VALUES (1, 7, ?, CURRENT_TIMESTAMP, 'PENDING')", payload);
            h.execute("INSERT INTO outbox(chat_id, reply_body, priority, correction, created_at, state, attempts, "
                    + "next_attempt_at) VALUES (7, ?, 0, FALSE, CURRENT_TIMESTAMP, 'PENDING', 0, CURRENT_TIMESTAMP)", body);
        });

        Database.open(url);

        assertEquals(List.of(payload), jdbi.withHandle(h -> h.createQuery("SELECT payload FROM inbox")
                .mapTo(String.class).list()));
        assertEquals(List.of(body), jdbi.withHandle(h -> h.createQuery("SELECT reply_body FROM outbox")
                .mapTo(String.class).list()));
        assertEquals(List.of("CHARACTER VARYING NO", "CHARACTER VARYING YES"), jdbi.withHandle(h -> h.createQuery("""
                SELECT data_type || ' ' || is_nullable FROM information_schema.columns
                WHERE (table_name, column_name) IN (('INBOX', 'PAYLOAD'), ('OUTBOX', 'REPLY_BODY'))
                ORDER BY table_name""").mapTo(String.class).list()));
    }
}
