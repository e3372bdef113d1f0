package org.talksbot.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talksbot.ask.Item;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Person;
import org.talksbot.store.Quote;

/** Every role each person held in the store, dated by the newest quote giving it (null: no quote gives it). */
final class PersonRoles {

    /** A role and the newest date a quote gives it. */
    record DatedRole(String role, LocalDate asOf) {
        /** "Prime Minister of Armenia, as of March 2026", or the role alone when no quote dates it. */
        String text(Messages m) {
            return asOf == null ? role : m.get("search.role.as_of", "role", role, "month", m.month(asOf));
        }
    }

    private PersonRoles() {
    }

    static Map<String, List<DatedRole>> of(List<IndexedItem> items, Map<String, Person> people) {
        Map<String, Map<String, LocalDate>> byPerson = new HashMap<>();
        for (IndexedItem item : items) {
            if (item.item() instanceof Item.OfQuote of) {
                Quote q = of.quote();
                if (q.speakerRole() != null && !q.speakerRole().isBlank()) {
                    byPerson.computeIfAbsent(q.personId(), k -> new LinkedHashMap<>())
                            .merge(q.speakerRole(), q.quoteDate(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        Map<String, List<DatedRole>> roles = new HashMap<>();
        for (Person person : people.values()) {
            Map<String, LocalDate> quoted = byPerson.getOrDefault(person.id(), Map.of());
            List<DatedRole> list = new ArrayList<>();
            if (person.role() != null && !person.role().isBlank()) {
                list.add(new DatedRole(person.role(), quoted.get(person.role())));
            }
            quoted.forEach((role, date) -> {
                if (!role.equals(person.role())) {
                    list.add(new DatedRole(role, date));
                }
            });
            if (!list.isEmpty()) {
                roles.put(person.id(), List.copyOf(list));
            }
        }
        return Map.copyOf(roles);
    }
}
