package org.talksbot.ask;

import java.time.LocalDate;
import java.util.Optional;
import org.talksbot.core.Html;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Person;
import org.talksbot.store.StoreReader;

/** A person's role as the store gives it, dated by the newest quote that gives it, so a former office never reads as current. */
final class Roles {

    private Roles() {
    }

    /** " — U.S. Secretary of State, as of July 2024" (escaped; the role is curated English), or "" when the store gives no role. */
    static String line(StoreReader store, Person person, Messages messages) {
        if (person.role() == null || person.role().isBlank()) {
            return "";
        }
        Optional<LocalDate> since = store.people().roleDate(person.id(), person.role());
        String role = Html.escape(person.role());
        return " — " + since.map(date -> messages.get("ask.role.since", "role", role, "month", messages.month(date)))
                .orElse(role);
    }
}
