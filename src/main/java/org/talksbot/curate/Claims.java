package org.talksbot.curate;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Names that only one item may hold (aliases, topic commands), across the import and the store.
 * An item of this import replaces what it held in the store, so only other stored items still hold theirs.
 */
final class Claims {

    private final String what;
    private final Problems problems;
    private final Map<String, String> storedOwners = new HashMap<>();
    private final Map<String, ItemRef> claimedHere = new HashMap<>();

    Claims(String what, Problems problems, Map<String, String> stored, Set<String> reimported) {
        this.what = what;
        this.problems = problems;
        stored.forEach((name, owner) -> {
            if (!reimported.contains(owner)) {
                storedOwners.put(name, owner);
            }
        });
    }

    void claim(ItemRef ref, String field, String name) {
        ItemRef other = claimedHere.putIfAbsent(name, ref);
        if (other != null && !Objects.equals(other.id(), ref.id())) {
            problems.field(ref, field, what + " '" + name + "' is also claimed by " + other.kind() + " "
                    + other.id() + " in " + other.place());
        } else if (other == null && storedOwners.containsKey(name)) {
            problems.field(ref, field, what + " '" + name + "' already belongs to " + storedOwners.get(name)
                    + " in the database");
        }
    }
}
