package org.talksbot.curate;

import java.util.Map;
import java.util.Set;

/**
 * What the database already holds that curated items may refer to or collide with. Alias and command
 * maps go from the lower-cased alias (or the command) to the id that owns it.
 */
record KnownInStore(Set<String> personIds, Set<String> topicIds, Set<String> eventIds,
                    Map<String, String> personAliases, Map<String, String> topicAliases,
                    Map<String, String> topicCommands) {

    static final KnownInStore NOTHING = new KnownInStore(Set.of(), Set.of(), Set.of(), Map.of(), Map.of(), Map.of());
}
