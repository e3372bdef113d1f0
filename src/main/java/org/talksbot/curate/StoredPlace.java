package org.talksbot.curate;

import java.util.Set;

/** A place as the store holds it: the row and its other names. */
record StoredPlace(String id, String name, Set<OtherName> otherNames) {

    /** Another name of the place and who uses it (usage may be null). */
    record OtherName(String name, String usage) {
    }
}
