package org.talksbot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.talksbot.names.NameIndex;
import org.talksbot.names.Named;
import org.talksbot.store.Person;
import org.talksbot.store.Topic;

/**
 * The names the store knows, read by the one {@link NameIndex} every command uses, with the people,
 * topics and places they stand for; also every word the items use, to tell a misspelt name from an
 * ordinary word.
 */
final class Vocabulary {

    /** What a recognised name stands for. */
    record Name(Type type, String id) {
        enum Type { PERSON, TOPIC, PLACE }
    }

    private static final Set<Named.Kind> ALL = EnumSet.allOf(Named.Kind.class);
    /**
     * Misspelt words kept with the names near them; past this many (at most about half a megabyte of
     * heap, whatever users type), they are looked up each time.
     */
    private static final int MAX_NEAR = 2_000;

    private final Map<String, Person> people;
    private final Map<String, Topic> topics;
    private final Map<String, Place> places;
    private final Set<String> textWords;
    /** The stems of every word of the texts, so "blocking" reads as a word of them ("blocked"), not a typo. */
    private final Set<String> textStems;
    private final NameIndex names;
    /** The names in Russian and Armenian letters, found in any case (Пашиняна, Լաչինի). */
    private final ForeignWords foreignNames;
    /** The names near each word looked up: comparing a word with every name costs more than a search. */
    private final Map<String, List<Named>> nearNames = new ConcurrentHashMap<>();

    Vocabulary(Map<String, Person> people, Map<String, Topic> topics, Map<String, Place> places,
               Map<String, List<String>> personAliases, Map<String, List<String>> topicAliases,
               Set<String> textWords) {
        this.people = Map.copyOf(people);
        this.topics = Map.copyOf(topics);
        this.places = Map.copyOf(places);
        this.textWords = Set.copyOf(textWords);
        Set<String> stems = new HashSet<>();
        textWords.forEach(w -> stems.add(Stems.of(w)));
        this.textStems = Set.copyOf(stems);
        NameIndex.Builder builder = NameIndex.builder();
        people.values().forEach(p -> builder.person(p.id(), p.name(), p.kind(),
                personAliases.getOrDefault(p.id(), List.of())));
        topics.values().forEach(t -> builder.topic(t.id(), t.name(), t.command(),
                topicAliases.getOrDefault(t.id(), List.of())));
        places.values().forEach(p -> builder.place(p.id(), p.name(), p.otherNames()));
        this.names = builder.build();
        List<ForeignWords.Alias> aliases = new ArrayList<>();
        people.values().forEach(p -> personAliases.getOrDefault(p.id(), List.of())
                .forEach(a -> aliases.add(new ForeignWords.Alias(a, p.name(), true))));
        topics.values().forEach(t -> topicAliases.getOrDefault(t.id(), List.of())
                .forEach(a -> aliases.add(new ForeignWords.Alias(a, t.name(), false))));
        places.values().forEach(p -> p.otherNames().forEach(a -> aliases.add(new ForeignWords.Alias(a, p.name(), false))));
        this.foreignNames = ForeignWords.names(aliases);
    }

    ForeignWords foreignNames() {
        return foreignNames;
    }

    /** What exactly this folded phrase names (a weak surname included: the reader decides). */
    Set<Name> exact(String phrase) {
        // in the index's order: a hash set of records holding an enum would change order with every run
        Set<Name> found = new LinkedHashSet<>();
        names.exact(phrase).forEach(n -> found.add(name(n)));
        return found;
    }

    /** Whether this one-word name is also a common English word, which names someone only when capitalised. */
    boolean isWeak(String phrase) {
        return names.isWeak(phrase);
    }

    /** Names within a typo of a (misspelt) word. */
    Set<Name> near(String word) {
        List<Named> near = nearNames.get(word);
        if (near == null) {
            near = List.copyOf(names.near(word, ALL));
            if (nearNames.size() < MAX_NEAR) {
                nearNames.put(word, near);
            }
        }
        Set<Name> found = new LinkedHashSet<>();
        near.forEach(n -> found.add(name(n)));
        return found;
    }

    /** The display name of what a name stands for. */
    java.util.Optional<String> label(Name name) {
        return java.util.Optional.ofNullable(switch (name.type()) {
            case PERSON -> people.containsKey(name.id()) ? people.get(name.id()).name() : null;
            case TOPIC -> topics.containsKey(name.id()) ? topics.get(name.id()).name() : null;
            case PLACE -> places.containsKey(name.id()) ? places.get(name.id()).name() : null;
        });
    }

    NameIndex names() {
        return names;
    }

    int longestPhrase() {
        return names.longestPhrase();
    }

    boolean isTextWord(String word) {
        return textWords.contains(word) || textStems.contains(Stems.of(word));
    }

    Person person(String id) {
        return people.get(id);
    }

    Collection<Person> people() {
        return people.values();
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

    private static Name name(Named named) {
        return new Name(Name.Type.valueOf(named.kind().name()), named.id());
    }

    static Map<String, List<String>> group(List<SearchReads.Pair> pairs) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        pairs.forEach(p -> grouped.computeIfAbsent(p.owner(), k -> new ArrayList<>()).add(p.target()));
        return grouped;
    }
}
