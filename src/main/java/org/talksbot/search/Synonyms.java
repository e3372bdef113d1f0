package org.talksbot.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Words that mean the same thing in these texts, so "fled", "left", "displaced" and "exodus" meet. */
final class Synonyms {

    private static final List<List<String>> GROUPS = List.of(
            List.of("displaced", "displacement", "fled", "flee", "fleeing", "flight", "left", "leave", "leaving",
                    "exodus", "refugees", "refugee", "evacuated", "uprooted", "abandon", "departed"),
            List.of("killed", "kill", "dead", "died", "die", "deaths", "death", "casualties", "fatalities"),
            List.of("released", "release", "freed", "free", "frees", "handed", "returned", "exchange", "swap"),
            List.of("money", "budget", "euros", "funding", "funds", "million", "cost"),
            List.of("captured", "capture", "prisoners", "captive", "captives"),
            List.of("blockade", "blocked", "block", "closure", "closed"),
            List.of("soldiers", "servicemen", "troops", "military"),
            List.of("shipment", "shipments", "sent", "send", "dispatched", "delivered", "delivery"),
            List.of("observers", "monitors", "staff"),
            List.of("rule", "ruled", "ruling", "order", "ordered", "verdict", "decision", "decided"),
            List.of("talks", "negotiations", "negotiation", "negotiated", "talk"),
            List.of("initialled", "initialed", "initial", "initialling", "initialing"));
    private static final Map<String, List<String>> BY_WORD = new HashMap<>();

    static {
        GROUPS.forEach(group -> group.forEach(word -> BY_WORD.put(word, group)));
    }

    private Synonyms() {
    }

    /** The word and the words meaning the same, the word first. */
    static List<String> of(String word) {
        List<String> group = BY_WORD.get(word);
        if (group == null) {
            return List.of(word);
        }
        List<String> all = new java.util.ArrayList<>(group.size());
        all.add(word);
        group.stream().filter(w -> !w.equals(word)).forEach(all::add);
        return all;
    }
}
