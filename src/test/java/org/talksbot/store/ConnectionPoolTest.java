package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class ConnectionPoolTest {

    private static final String COUNT = "SELECT COUNT(*) FROM event";

    @Test
    void theNextHandleOnAThreadGetsTheSameSessionWithItsParsedStatementsEvenAfterMany() throws Exception {
        Jdbi jdbi = Database.inMemory("pool-keeps-parsed-statements");
        Command parsed = jdbi.withHandle(handle -> {
            Command command = session(handle).prepareLocal(COUNT);
            command.close();
            // an answer runs a few dozen statements between two runs of the same one
            for (int i = 0; i < 30; i++) {
                session(handle).prepareLocal("SELECT COUNT(*) + " + i + " FROM event").close();
            }
            return command;
        });
        int firstSession = jdbi.withHandle(ConnectionPoolTest::sessionId);

        Command again = jdbi.withHandle(handle -> session(handle).prepareLocal(COUNT));
        int nextSession = jdbi.withHandle(ConnectionPoolTest::sessionId);

        assertEquals(firstSession, nextSession);
        // H2 hands back the statement it parsed before only while the session's query cache survived the return
        assertSame(parsed, again);
    }

    private static SessionLocal session(Handle handle) throws java.sql.SQLException {
        return (SessionLocal) handle.getConnection().unwrap(JdbcConnection.class).getSession();
    }

    private static int sessionId(Handle handle) {
        return handle.createQuery("SELECT SESSION_ID()").mapTo(int.class).one();
    }
}
