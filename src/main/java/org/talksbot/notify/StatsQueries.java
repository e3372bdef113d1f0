package org.talksbot.notify;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Counts for /stats; fixed labels are tokens ({@code given_up}) that the bundles name in each language. */
@RegisterConstructorMapper(StatsQueries.Count.class)
public interface StatsQueries {

    record Count(String name, int n) {
    }

    /** Active chats per followed target, most followed first. */
    @SqlQuery("""
            SELECT CASE s.target_kind WHEN 'ALL' THEN 'all_updates' WHEN 'TOPIC' THEN COALESCE(t.name, s.target_id)
                   ELSE COALESCE(p.name, s.target_id) END AS name, COUNT(*) AS n
            FROM subscription s JOIN chat c ON c.id = s.chat_id AND c.active
            LEFT JOIN topic t ON s.target_kind = 'TOPIC' AND t.id = s.target_id
            LEFT JOIN person p ON s.target_kind = 'PERSON' AND p.id = s.target_id
            GROUP BY s.target_kind, s.target_id, t.name, p.name
            ORDER BY n DESC, name""")
    List<Count> subscribersByTarget();

    @SqlQuery("""
            SELECT CASE WHEN active THEN 'active' ELSE 'inactive' END AS name, COUNT(*) AS n
            FROM chat WHERE EXISTS (SELECT 1 FROM subscription s WHERE s.chat_id = chat.id)
            GROUP BY active ORDER BY name""")
    List<Count> subscribedChats();

    /** Notifications and digests (priority 1) by state. */
    @SqlQuery("SELECT LOWER(state) AS name, COUNT(*) AS n FROM outbox WHERE priority = 1 GROUP BY state ORDER BY name")
    List<Count> outboxByState();

    /** Replies by state; "given up" counts those that could not be delivered within their useful life. */
    @SqlQuery("""
            SELECT CASE WHEN state = 'FAILED' AND last_error LIKE 'given up:%' THEN 'given_up' ELSE LOWER(state) END
                   AS name, COUNT(*) AS n
            FROM outbox WHERE priority = 0 GROUP BY name ORDER BY name""")
    List<Count> repliesByState();

    /** Updates received but not yet answered (they are answered after a restart too). */
    @SqlQuery("SELECT 'updates_waiting' AS name, COUNT(*) AS n FROM inbox WHERE state = 'PENDING'")
    List<Count> inboxWaiting();
}
