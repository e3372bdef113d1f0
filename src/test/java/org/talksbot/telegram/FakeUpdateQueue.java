package org.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fake server's pending updates with getUpdates' offset semantics: asking with offset N
 * confirms (drops) every update below N; an empty queue holds the call open until something
 * arrives or the wait runs out.
 */
final class FakeUpdateQueue {

    private final List<ObjectNode> pending = new ArrayList<>();
    private int nextId = 1;
    private long maxWaitMillis = 500;
    private boolean closed;

    synchronized int add(String kind, JsonNode payload) {
        int id = nextId++;
        ObjectNode update = FakeUpdates.JSON.createObjectNode().put("update_id", id);
        update.set(kind, payload);
        pending.add(update);
        notifyAll();
        return id;
    }

    synchronized void maxWait(Duration wait) {
        maxWaitMillis = wait.toMillis();
    }

    synchronized ArrayNode take(int offset, int limit, int timeoutSeconds) {
        pending.removeIf(update -> update.path("update_id").asInt() < offset);
        long deadline = System.currentTimeMillis() + Math.min(timeoutSeconds * 1000L, maxWaitMillis);
        while (pending.isEmpty() && !closed) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ArrayNode result = FakeUpdates.JSON.createArrayNode();
        pending.stream().limit(Math.max(limit, 1)).forEach(result::add);
        return result;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
