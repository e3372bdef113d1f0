package org.talksbot.curate;

import java.util.Set;

/** A person as the store holds it: the row and its aliases. */
record StoredPerson(String id, String name, String kind, String role, String country, Set<String> aliases) {
}
