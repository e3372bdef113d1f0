package org.talksbot.notify;

import org.talksbot.core.EditDistance;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads what a user typed after /subscribe or /unsubscribe: "all", a topic by id, command, name or
 * alias, a person by id, name, alias or surname, or the exact token of a button ({@code topic:ID}).
 */
public final class TargetResolver {

    private static final Set<String> ALL_WORDS = Set.of("all", "everything", "all updates", "all-updates");
    private static final int MAX_GUESSES = 5;

    private final Jdbi jdbi;

    public TargetResolver(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Resolution resolve(String text) {
        String query = normalize(text);
        if (query.isEmpty()) {
            return new Resolution.Unknown();
        }
        if (ALL_WORDS.contains(query)) {
            return new Resolution.Found(Target.ALL);
        }
        Map<String, Set<Target>> names = names();
        Optional<Target> byToken = byToken(query, names);
        if (byToken.isPresent()) {
            return new Resolution.Found(byToken.get());
        }
        Set<Target> exact = names.getOrDefault(query, Set.of());
        if (exact.size() == 1) {
            return new Resolution.Found(exact.iterator().next());
        }
        if (!exact.isEmpty()) {
            return new Resolution.Choices(List.copyOf(exact), false);
        }
        List<Target> guesses = guesses(query, names);
        return guesses.isEmpty() ? new Resolution.Unknown() : new Resolution.Choices(guesses, true);
    }

    /** The label of a followed target, even if it has since left the store (then its id). */
    public Target describe(Target.Kind kind, String id) {
        if (kind == Target.Kind.ALL) {
            return Target.ALL;
        }
        return byToken(kind.name().toLowerCase(Locale.ROOT) + ":" + id, names())
                .orElse(new Target(kind, id, id));
    }

    static String normalize(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        while (s.startsWith("@") || s.startsWith("/")) {
            s = s.substring(1);
        }
        return s;
    }

    private static Optional<Target> byToken(String query, Map<String, Set<Target>> names) {
        int colon = query.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String kind = query.substring(0, colon);
        String id = query.substring(colon + 1);
        return names.getOrDefault(id, Set.of()).stream()
                .filter(t -> t.id().equals(id) && t.kind().name().equalsIgnoreCase(kind))
                .findFirst();
    }

    private static List<Target> guesses(String query, Map<String, Set<Target>> names) {
        Map<Target, Integer> best = new HashMap<>();
        int tolerance = EditDistance.tolerance(query.length());
        for (Map.Entry<String, Set<Target>> entry : names.entrySet()) {
            if (Math.abs(entry.getKey().length() - query.length()) > tolerance) {
                continue;
            }
            int distance = EditDistance.between(query, entry.getKey());
            if (distance <= tolerance) {
                for (Target target : entry.getValue()) {
                    best.merge(target, distance, Math::min);
                }
            }
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<Target, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().label()))
                .limit(MAX_GUESSES)
                .map(Map.Entry::getKey)
                .toList();
    }

    private Map<String, Set<Target>> names() {
        return jdbi.withExtension(TargetQueries.class, q -> {
            Map<String, Set<Target>> names = new LinkedHashMap<>();
            Map<String, Target> topics = new HashMap<>();
            for (TargetQueries.Named t : q.topics()) {
                Target target = new Target(Target.Kind.TOPIC, t.id(), t.name());
                topics.put(t.id(), target);
                add(names, target, t.id(), t.name(), t.command());
            }
            q.topicAliases().forEach(a -> add(names, topics.get(a.ownerId()), a.alias()));
            Map<String, Target> people = new HashMap<>();
            for (TargetQueries.Named p : q.people()) {
                Target target = new Target(Target.Kind.PERSON, p.id(), p.name());
                people.put(p.id(), target);
                add(names, target, p.id(), p.name(), surname(p.name()));
            }
            q.personAliases().forEach(a -> add(names, people.get(a.ownerId()), a.alias()));
            return names;
        });
    }

    private static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length > 1 ? words[words.length - 1] : null;
    }

    private static void add(Map<String, Set<Target>> names, Target target, String... keys) {
        if (target == null) {
            return;
        }
        for (String key : keys) {
            String normalized = normalize(key);
            if (!normalized.isEmpty()) {
                names.computeIfAbsent(normalized, k -> new LinkedHashSet<>()).add(target);
            }
        }
    }
}
