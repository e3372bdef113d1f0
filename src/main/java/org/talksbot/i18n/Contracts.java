package org.talksbot.i18n;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each message key needs from the code, over all the languages at once: the union of the
 * argument names its patterns use, and which of them must be numbers. Checking a call against this
 * (not only against the chat's language) makes an English test prove the Russian and Armenian too.
 * Each key's contract is worked out the first time it is used, from the bundles {@link Messages} holds.
 */
final class Contracts {

    private static final Map<String, Map<String, ArgumentNames.Kind>> BY_KEY = new ConcurrentHashMap<>();

    private Contracts() {
    }

    static void check(String key, Map<String, Object> args) {
        Map<String, ArgumentNames.Kind> needed = of(key);
        needed.forEach((name, kind) -> {
            if (!args.containsKey(name)) {
                throw new IllegalArgumentException(key + " needs argument '" + name + "' (all languages: "
                        + needed.keySet() + "), got " + args.keySet());
            }
            if (kind == ArgumentNames.Kind.NUMERIC && !(args.get(name) instanceof Number)) {
                throw new IllegalArgumentException(key + ": argument '" + name + "' must be a number, got "
                        + args.get(name));
            }
        });
    }

    /** The key's contract; IllegalArgumentException when no bundle has the key. */
    static Map<String, ArgumentNames.Kind> of(String key) {
        return BY_KEY.computeIfAbsent(key, Contracts::union);
    }

    private static Map<String, ArgumentNames.Kind> union(String key) {
        Map<String, ArgumentNames.Kind> kinds = new HashMap<>();
        boolean found = false;
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            if (messages.has(key)) {
                found = true;
                ArgumentNames.kinds(messages.pattern(key)).forEach((name, kind) -> kinds.merge(name, kind,
                        (a, b) -> a == ArgumentNames.Kind.NUMERIC ? a : b));
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        return Map.copyOf(kinds);
    }
}
