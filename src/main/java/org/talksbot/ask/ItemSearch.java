package org.talksbot.ask;

import java.util.List;

/** Finds events and quotes matching the words a user typed, best (or newest) first. */
@FunctionalInterface
public interface ItemSearch {

    List<Item> search(String words, int limit);
}
