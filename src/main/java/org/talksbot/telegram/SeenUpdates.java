package org.talksbot.telegram;

import java.util.LinkedHashSet;
import java.util.Iterator;

/** The update ids handled lately in this process, so a re-delivered update is not answered twice. */
final class SeenUpdates {

    private final int capacity;
    private final LinkedHashSet<Integer> ids = new LinkedHashSet<>();

    SeenUpdates(int capacity) {
        this.capacity = capacity;
    }

    /** True the first time an id is offered, false on every repeat. */
    synchronized boolean firstTime(int updateId) {
        if (!ids.add(updateId)) {
            return false;
        }
        if (ids.size() > capacity) {
            Iterator<Integer> oldest = ids.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }
}
