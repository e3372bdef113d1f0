package org.talksbot.ask;

import java.time.LocalDate;
import java.util.Optional;
import org.talksbot.core.Html;
import org.talksbot.store.Person;
import org.talksbot.store.StoreReader;

/** A person's role as the store gives it, dated by the newest quote that gives it, so a former office never reads as current. */
final class Roles {

    private Roles() {
    }

    /** " — U.S. Secretary of State, as of 2024-07" (escaped), or "" when the store gives no role. */
    static String line(StoreReader store, Person person) {
        if (person.role() == null || person.role().isBlank()) {
            return "";
        }
        Optional<LocalDate> since = store.people().roleDate(person.id(), person.role());
        return " — " + Html.escape(person.role()) + since.map(date -> ", as of " + date.toString().substring(0, 7))
                .orElse("");
    }
}
