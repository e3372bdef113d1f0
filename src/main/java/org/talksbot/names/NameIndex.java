package org.talksbot.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talksbot.core.EditDistance;

/**
 * Every name the store knows, read one way everywhere (/who, /topic, /quotes, /subscribe, questions,
 * notifications): one normalisation ({@link NameKey}), one typo tolerance ({@link #tolerance}), and one
 * rule for surnames and common words: a person's surname alone names them (all of them, when several
 * share it), and a one-word name that is also a common English word ("price", "us") is <em>weak</em>:
 * in a sentence it names something only when typed with a capital letter; alone, as a command's
 * argument, it always does. Immutable; build it with {@link #builder()}.
 */
public final class NameIndex {

    public static final int MAX_CHOICES = 5;
    private static final Set<Named.Kind> ALL_KINDS = EnumSet.allOf(Named.Kind.class);

    private final Map<String, Set<Named>> byKey;
    private final Map<String, Set<Named>> byWordsInAnyOrder;
    private final Set<String> weak;
    private final Map<Integer, List<String>> keysByLength;
    private final Map<String, Named> byKindAndId;
    private final int longestPhrase;

    private NameIndex(Map<String, Set<Named>> byKey, Set<String> weak, Map<String, Named> byKindAndId) {
        this.byKey = byKey;
        this.weak = Set.copyOf(weak);
        this.byKindAndId = Map.copyOf(byKindAndId);
        Map<String, Set<Named>> anyOrder = new HashMap<>();
        Map<Integer, List<String>> byLength = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, Set<Named>> entry : byKey.entrySet()) {
            String key = entry.getKey();
            anyOrder.computeIfAbsent(sorted(key), k -> new LinkedHashSet<>()).addAll(entry.getValue());
            byLength.computeIfAbsent(key.length(), n -> new ArrayList<>()).add(key);
            longest = Math.max(longest, key.split(" ").length);
        }
        this.byWordsInAnyOrder = anyOrder;
        this.keysByLength = byLength;
        this.longestPhrase = longest;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Edits a typed word may be away from a name: none below 5 letters, one up to 7, two from 8. */
    public static int tolerance(int length) {
        return length < 5 ? 0 : length < 8 ? 1 : 2;
    }

    /** What a whole input (a command's argument, say) names among all kinds. */
    public NameMatch find(String text) {
        return find(text, ALL_KINDS);
    }

    /** What a whole input names among these kinds: found, ambiguous, did-you-mean or none. */
    public NameMatch find(String text, Set<Named.Kind> kinds) {
        String key = NameKey.of(text);
        if (key.isEmpty()) {
            return new NameMatch.None();
        }
        for (Set<Named> owners : List.of(of(byKey.get(key), kinds), of(byWordsInAnyOrder.get(sorted(key)), kinds))) {
            if (owners.size() == 1) {
                return new NameMatch.Found(owners.iterator().next());
            }
            if (!owners.isEmpty()) {
                return new NameMatch.Ambiguous(sortedByLabel(owners));
            }
        }
        List<Named> near = near(key, kinds, true);
        return near.isEmpty() ? new NameMatch.None() : new NameMatch.DidYouMean(near);
    }

    /** The owners of exactly this (folded) phrase, weak surnames included. */
    public Set<Named> exact(String key) {
        return byKey.getOrDefault(key, Set.of());
    }

    /** Whether this one-word key is a surname that is also a common English word. */
    public boolean isWeak(String key) {
        return weak.contains(key);
    }

    /** The owners of names within a typo of this (folded) word or phrase, closest first; weak surnames left out. */
    public List<Named> near(String key, Set<Named.Kind> kinds) {
        return near(key, kinds, false);
    }

    private List<Named> near(String key, Set<Named.Kind> kinds, boolean withWeak) {
        int tolerance = tolerance(key.length());
        if (tolerance == 0) {
            return List.of();
        }
        Map<Named, Integer> best = new LinkedHashMap<>();
        for (int length = key.length() - tolerance; length <= key.length() + tolerance; length++) {
            for (String name : keysByLength.getOrDefault(length, List.of())) {
                if (!withWeak && weak.contains(name)) {
                    continue;
                }
                int distance = EditDistance.between(key, name);
                if (distance <= tolerance) {
                    of(byKey.get(name), kinds).forEach(owner -> best.merge(owner, distance, Math::min));
                }
            }
        }
        return best.keySet().stream()
                .sorted(Comparator.comparing((Named owner) -> best.get(owner)).thenComparing(Named::label))
                .limit(MAX_CHOICES).toList();
    }

    /** The longest name in words, so a reader knows how far to look ahead. */
    public int longestPhrase() {
        return longestPhrase;
    }

    /** The entry of this kind and id, or null. */
    public Named named(Named.Kind kind, String id) {
        return byKindAndId.get(kind + ":" + id);
    }

    private static Set<Named> of(Set<Named> owners, Set<Named.Kind> kinds) {
        if (owners == null) {
            return Set.of();
        }
        Set<Named> kept = new LinkedHashSet<>();
        owners.stream().filter(owner -> kinds.contains(owner.kind())).forEach(kept::add);
        return kept;
    }

    private static List<Named> sortedByLabel(Collection<Named> owners) {
        return owners.stream().sorted(Comparator.comparing(Named::label).thenComparing(Named::id)).toList();
    }

    private static String sorted(String key) {
        return String.join(" ", Arrays.stream(key.split(" ")).sorted().toList());
    }

    /** Collects names; surnames are worked out when it is built. */
    public static final class Builder {

        private final Map<String, Set<Named>> byKey = new HashMap<>();
        private final Map<String, Named> byKindAndId = new HashMap<>();
        /** Every name of each individual person (kind person), for their surnames. */
        private final Map<Named, List<String>> personNames = new LinkedHashMap<>();

        private Builder() {
        }

        /** A person, institution or country ({@code kind} as stored) by its id, display name and aliases. */
        public Builder person(String id, String name, String kind, Collection<String> aliases) {
            Named named = new Named(Named.Kind.PERSON, id, name);
            List<String> names = new ArrayList<>(aliases);
            names.add(name);
            names.add(id.replace('-', ' '));
            names.forEach(n -> add(n, named));
            if ("person".equalsIgnoreCase(kind)) {
                personNames.put(named, names);
            }
            return this;
        }

        /** A topic by its id, display name, shortcut command (may be null) and aliases. */
        public Builder topic(String id, String name, String command, Collection<String> aliases) {
            Named named = new Named(Named.Kind.TOPIC, id, name);
            add(id.replace('-', ' '), named);
            add(name, named);
            if (command != null) {
                add(command, named);
            }
            aliases.forEach(a -> add(a, named));
            return this;
        }

        /** A place by its main name and its other names. */
        public Builder place(String id, String name, Collection<String> otherNames) {
            Named named = new Named(Named.Kind.PLACE, id, name);
            add(name, named);
            otherNames.forEach(n -> add(n, named));
            return this;
        }

        private void add(String name, Named named) {
            String key = NameKey.of(name);
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(named);
                byKindAndId.put(named.kind() + ":" + named.id(), named);
            }
        }

        public NameIndex build() {
            Set<String> weak = new HashSet<>();
            Map<String, Set<Named>> bySurname = new LinkedHashMap<>();
            personNames.forEach((named, names) -> names.forEach(name -> {
                List<String> words = NameKey.words(name);
                String last = words.isEmpty() ? "" : words.get(words.size() - 1);
                if (words.size() > 1 && last.length() >= 4) {
                    // in the order people were added: a hash set of records holding an enum changed order per run
                    bySurname.computeIfAbsent(last, k -> new LinkedHashSet<>()).add(named);
                }
            }));
            // a surname several people share names them all, so the user is asked to choose
            bySurname.forEach((surname, owners) -> {
                if (!byKey.containsKey(surname)) {
                    byKey.put(surname, new LinkedHashSet<>(owners));
                }
            });
            // any one-word name that is also a common word ("us", "court") needs a capital in a sentence
            byKey.keySet().stream().filter(key -> key.indexOf(' ') < 0 && CommonWords.contains(key))
                    .forEach(weak::add);
            return new NameIndex(byKey, weak, byKindAndId);
        }
    }
}
