package org.talksbot.curate;

import java.util.Set;

/** A topic as the store holds it: the row (translated names included) and its aliases. */
record StoredTopic(String id, String name, String nameRu, String nameHy, String command, boolean main,
                   String background, Set<String> aliases) {
}
