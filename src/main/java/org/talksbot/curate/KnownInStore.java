package org.talksbot.curate;

import java.util.Map;

/**
 * What the database already holds that curated items may refer to or collide with. {@code kinds} maps
 * every stored id to its kind (person, topic, place, event, quote); {@code aliases} maps a lower-cased
 * alias of a person or topic to its owner's id; {@code commands} maps a topic command to its topic.
 */
record KnownInStore(Map<String, String> kinds, Map<String, String> aliases, Map<String, String> commands) {

    boolean has(String kind, String id) {
        return kind.equals(kinds.get(id));
    }
}
