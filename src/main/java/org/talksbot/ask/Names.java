package org.talksbot.ask;

import org.talksbot.core.EditDistance;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talksbot.store.Alias;

/**
 * The names people or topics answer to, matched loosely: case, accents, punctuation and extra
 * spaces do not matter, and a close misspelling is offered as a suggestion.
 */
final class Names {

    /** The owner found by a name, or else the closest owners (best first), or neither. */
    record Match(String id, List<String> suggestions) {
        boolean found() {
            return id != null;
        }
    }

    static final int MAX_SUGGESTIONS = 3;

    private final Map<String, Set<String>> exact = new HashMap<>();
    private final Map<String, Set<String>> lastWords = new HashMap<>();
    /** Names by their words in sorted order, so "blinken antony" finds "antony blinken". */
    private final Map<String, Set<String>> anyOrder = new HashMap<>();
    /** Every key by its length, so a misspelling is only compared with names of about its length. */
    private final Map<Integer, Set<String>> keysByLength = new HashMap<>();

    /** {@code byLastWord}: a person is also found by the last word of any name (the surname). */
    Names(List<Alias> aliases, boolean byLastWord) {
        for (Alias alias : aliases) {
            String key = normalize(alias.alias());
            if (key.isEmpty()) {
                continue;
            }
            exact.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(alias.ownerId());
            anyOrder.computeIfAbsent(sortedWords(key), k -> new LinkedHashSet<>()).add(alias.ownerId());
            int space = key.lastIndexOf(' ');
            if (byLastWord && space > 0) {
                lastWords.computeIfAbsent(key.substring(space + 1), k -> new LinkedHashSet<>()).add(alias.ownerId());
            }
        }
        for (Map<String, Set<String>> index : List.of(exact, lastWords)) {
            index.keySet().forEach(key -> keysByLength.computeIfAbsent(key.length(), n -> new HashSet<>()).add(key));
        }
    }

    static String normalize(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String sortedWords(String key) {
        return String.join(" ", java.util.Arrays.stream(key.split(" ")).sorted().toList());
    }

    /** The owner this name means when it means exactly one; several owners come back as suggestions. */
    Match find(String text) {
        String key = normalize(text);
        for (Map<String, Set<String>> index : List.of(exact, lastWords, anyOrder)) {
            Set<String> owners = index == anyOrder ? index.get(sortedWords(key)) : index.get(key);
            if (owners != null && owners.size() == 1) {
                return new Match(owners.iterator().next(), List.of());
            }
            if (owners != null) {
                return new Match(null, owners.stream().limit(MAX_SUGGESTIONS).toList());
            }
        }
        return new Match(null, closest(key, MAX_SUGGESTIONS));
    }

    /** The one owner this name means, without guessing at misspellings; null when none or several. */
    String exactId(String text) {
        String key = normalize(text);
        for (Map<String, Set<String>> index : List.of(exact, lastWords, anyOrder)) {
            Set<String> owners = index == anyOrder ? index.get(sortedWords(key)) : index.get(key);
            if (owners != null) {
                return owners.size() == 1 ? owners.iterator().next() : null;
            }
        }
        return null;
    }

    private List<String> closest(String key, int max) {
        int tolerance = EditDistance.tolerance(key.length());
        if (tolerance == 0) {
            return List.of();
        }
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int length = key.length() - tolerance; length <= key.length() + tolerance; length++) {
            for (String name : keysByLength.getOrDefault(length, Set.of())) {
                int distance = EditDistance.between(key, name);
                if (distance <= tolerance) {
                    for (Map<String, Set<String>> index : List.of(exact, lastWords)) {
                        index.getOrDefault(name, Set.of()).forEach(owner -> best.merge(owner, distance, Math::min));
                    }
                }
            }
        }
        List<String> owners = new ArrayList<>(best.keySet());
        owners.sort(Comparator.comparing((String owner) -> best.get(owner)).thenComparing(owner -> owner));
        return owners.subList(0, Math.min(max, owners.size()));
    }
}
