package org.talksbot.i18n;

import java.util.HashMap;
import java.util.Map;

/**
 * What each message key needs from the code, over all the languages at once: the union of the
 * argument names its patterns use, and which of them must be numbers. Checking a call against this
 * (not only against the chat's language) makes an English test prove the Russian and Armenian too.
 */
final class Contracts {

    private static volatile Map<String, Map<String, ArgumentNames.Kind>> byKey;

    private Contracts() {
    }

    static void check(String key, Map<String, Object> args) {
        Map<String, ArgumentNames.Kind> needed = all().get(key);
        if (needed == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
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

    static Map<String, Map<String, ArgumentNames.Kind>> all() {
        Map<String, Map<String, ArgumentNames.Kind>> known = byKey;
        if (known == null) {
            known = new HashMap<>();
            for (Language language : Language.values()) {
                for (Map.Entry<String, String> entry : Bundle.load(language).entrySet()) {
                    Map<String, ArgumentNames.Kind> kinds = known.computeIfAbsent(entry.getKey(), k -> new HashMap<>());
                    ArgumentNames.kinds(entry.getValue()).forEach((name, kind) -> kinds.merge(name, kind,
                            (a, b) -> a == ArgumentNames.Kind.NUMERIC ? a : b));
                }
            }
            byKey = known;
        }
        return known;
    }
}
