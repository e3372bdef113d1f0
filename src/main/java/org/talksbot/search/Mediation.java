package org.talksbot.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talksbot.store.Person;

/**
 * Who hosted or mediated: on an event tagged with a mediation topic where both Armenia's and
 * Azerbaijan's sides took part, every other participant is a third party (host or mediator).
 */
final class Mediation {

    static final String TOPIC_PREFIX = "mediation-";
    private static final Set<String> PARTIES = Set.of("armenia", "azerbaijan", "armenia-and-azerbaijan",
            "nagorno-karabakh");

    private Mediation() {
    }

    static Map<String, List<String>> thirdParties(List<IndexedItem> items, Map<String, Person> people) {
        Map<String, List<String>> byEvent = new HashMap<>();
        for (IndexedItem item : items) {
            if (item.isQuote() || item.topics().stream().noneMatch(t -> t.startsWith(TOPIC_PREFIX))) {
                continue;
            }
            List<String> sides = item.people().stream().map(people::get)
                    .map(p -> p == null || p.country() == null ? "" : p.country()).toList();
            boolean both = sides.contains("armenia-and-azerbaijan")
                    || sides.contains("armenia") && sides.contains("azerbaijan");
            if (!both) {
                continue;
            }
            List<String> third = item.people().stream()
                    .filter(id -> people.get(id) == null || !PARTIES.contains(String.valueOf(people.get(id).country())))
                    .toList();
            if (!third.isEmpty()) {
                byEvent.put(item.id(), third);
            }
        }
        return Map.copyOf(byEvent);
    }
}
