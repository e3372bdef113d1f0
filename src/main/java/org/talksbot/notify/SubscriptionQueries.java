package org.talksbot.notify;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What each chat follows. */
@RegisterConstructorMapper(SubscriptionQueries.Followed.class)
public interface SubscriptionQueries {

    record Followed(Target.Kind targetKind, String targetId) {
    }

    @SqlUpdate("""
            INSERT INTO subscription (chat_id, target_kind, target_id, created_at)
            SELECT :chat, :kind, :id, :now WHERE NOT EXISTS
              (SELECT 1 FROM subscription WHERE chat_id = :chat AND target_kind = :kind AND target_id = :id)""")
    int add(@Bind("chat") long chatId, @Bind("kind") Target.Kind kind, @Bind("id") String targetId,
            @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM subscription WHERE chat_id = :chat AND target_kind = :kind AND target_id = :id")
    int remove(@Bind("chat") long chatId, @Bind("kind") Target.Kind kind, @Bind("id") String targetId);

    @SqlUpdate("DELETE FROM subscription WHERE chat_id = :chat")
    int removeAll(@Bind("chat") long chatId);

    @SqlQuery("SELECT target_kind, target_id FROM subscription WHERE chat_id = :chat ORDER BY target_kind, target_id")
    List<Followed> of(@Bind("chat") long chatId);
}
