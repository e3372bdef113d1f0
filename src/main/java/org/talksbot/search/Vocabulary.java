package org.talksbot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talksbot.store.Person;
import org.talksbot.store.Topic;

/**
 * The names the store knows: people, topics and places with every alias, folded to words, so a
 * question can be matched against them; also every word the items use, to tell a misspelt name
 * from an ordinary word.
 */
final class Vocabulary {

    /** What a recognised name stands for. */
    record Name(Type type, String id) {
        enum Type { PERSON, TOPIC, PLACE }
    }

    private final Map<String, Person> people;
    private final Map<String, Topic> topics;
    private final Map<String, Place> places;
    private final Map<String, Set<Name>> byPhrase = new HashMap<>();
    private final Set<String> textWords;
    /** Names of one word long enough to be recognised misspelt. */
    private final List<String> oneWordNames;
    private int longestPhrase = 1;

    Vocabulary(Map<String, Person> people, Map<String, Topic> topics, Map<String, Place> places,
               Map<String, List<String>> personAliases, Map<String, List<String>> topicAliases,
               Set<String> textWords) {
        this.people = Map.copyOf(people);
        this.topics = Map.copyOf(topics);
        this.places = Map.copyOf(places);
        this.textWords = Set.copyOf(textWords);
        people.values().forEach(p -> add(p.name(), new Name(Name.Type.PERSON, p.id())));
        personAliases.forEach((id, aliases) -> aliases.forEach(a -> add(a, new Name(Name.Type.PERSON, id))));
        addSurnames(personAliases);
        topics.values().forEach(t -> {
            Name name = new Name(Name.Type.TOPIC, t.id());
            add(t.name(), name);
            add(t.id().replace('-', ' '), name);
        });
        topicAliases.forEach((id, aliases) -> aliases.forEach(a -> add(a, new Name(Name.Type.TOPIC, id))));
        places.values().forEach(p -> {
            add(p.name(), new Name(Name.Type.PLACE, p.id()));
            p.otherNames().forEach(n -> add(n, new Name(Name.Type.PLACE, p.id())));
        });
        oneWordNames = byPhrase.keySet().stream().filter(n -> n.length() >= 5 && n.indexOf(' ') < 0).toList();
    }

    /** "Blinken" alone names Antony Blinken when no other person shares that surname. */
    private void addSurnames(Map<String, List<String>> personAliases) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Person person : people.values()) {
            if (!"person".equalsIgnoreCase(person.kind())) {
                continue;
            }
            List<String> names = new ArrayList<>(personAliases.getOrDefault(person.id(), List.of()));
            names.add(person.name());
            for (String name : names) {
                List<String> words = Words.split(name);
                if (words.size() > 1 && words.get(words.size() - 1).length() >= 4) {
                    owners.computeIfAbsent(words.get(words.size() - 1), k -> new HashSet<>()).add(person.id());
                }
            }
        }
        owners.forEach((surname, ids) -> {
            if (ids.size() == 1 && !byPhrase.containsKey(surname)) {
                add(surname, new Name(Name.Type.PERSON, ids.iterator().next()));
            }
        });
    }

    private void add(String phrase, Name name) {
        List<String> words = Words.split(phrase);
        if (words.isEmpty()) {
            return;
        }
        byPhrase.computeIfAbsent(String.join(" ", words), k -> new HashSet<>()).add(name);
        longestPhrase = Math.max(longestPhrase, words.size());
    }

    Set<Name> exact(String phrase) {
        return byPhrase.getOrDefault(phrase, Set.of());
    }

    /** One-word names within the allowed edits of a (misspelt) word. */
    Set<Name> near(String word) {
        int edits = Words.allowedEdits(word);
        Set<Name> found = new HashSet<>();
        if (edits == 0) {
            return found;
        }
        for (String name : oneWordNames) {
            if (Math.abs(name.length() - word.length()) <= edits && Words.distance(word, name, edits) <= edits) {
                found.addAll(byPhrase.get(name));
            }
        }
        return found;
    }

    int longestPhrase() {
        return longestPhrase;
    }

    boolean isTextWord(String word) {
        return textWords.contains(word);
    }

    Person person(String id) {
        return people.get(id);
    }

    Topic topic(String id) {
        return topics.get(id);
    }

    Place place(String id) {
        return places.get(id);
    }

    Collection<Place> places() {
        return places.values();
    }

    Collection<Topic> topics() {
        return topics.values();
    }

    static Map<String, List<String>> group(List<SearchReads.Pair> pairs) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        pairs.forEach(p -> grouped.computeIfAbsent(p.owner(), k -> new ArrayList<>()).add(p.target()));
        return grouped;
    }
}
