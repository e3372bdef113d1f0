package org.talksbot.notify;

import java.util.List;

/** The notifications an import enqueues (or, in a dry run, would enqueue): chats per item. */
public record FanoutPlan(List<Item> items) {

    /** One new or corrected item and how many chats it goes to. */
    public record Item(ItemKind kind, String itemId, boolean correction, int chats) {
    }

    public FanoutPlan {
        items = List.copyOf(items);
    }

    public int notifications() {
        return items.stream().mapToInt(Item::chats).sum();
    }

    /** One line per item, then the total: what {@code import --dry-run} prints. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            out.append(item.kind().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(item.itemId())
                    .append(item.correction() ? " (correction)" : "")
                    .append(": ").append(item.chats()).append(item.chats() == 1 ? " chat\n" : " chats\n");
        }
        return out.append("notifications: ").append(notifications()).toString();
    }
}
