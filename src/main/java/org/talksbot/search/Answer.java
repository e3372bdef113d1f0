package org.talksbot.search;

import java.util.ArrayList;
import java.util.List;
import org.talksbot.store.Person;

/**
 * What the bot answers to a question, before it is written out: the kind of answer, an optional
 * preface (a topic's background), the line saying how the question was understood (plain text), the
 * people it names (each with a note) and the items, in the order shown.
 */
record Answer(Kind kind, Question question, String preface, String understood, List<Person> people,
              List<String> notes, List<IndexedItem> items, Speakers speakers) {

    /** Whom the understood line names as speakers: every quote shown must be by one of them. */
    record Speakers(java.util.Set<String> ids, java.util.Set<String> sides) {
        static final Speakers NONE = new Speakers(java.util.Set.of(), java.util.Set.of());

        static Speakers of(Question question) {
            return new Speakers(question.people().stream().map(Person::id)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()), java.util.Set.copyOf(question.sides()));
        }

        static Speakers of(List<Person> people) {
            return new Speakers(people.stream().map(Person::id)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()), java.util.Set.of());
        }

        boolean any() {
            return !ids.isEmpty() || !sides.isEmpty();
        }
    }

    enum Kind { FOUND, DONT_KNOW, SMALLTALK }

    Answer {
        people = List.copyOf(people);
        notes = List.copyOf(notes);
        items = List.copyOf(items);
    }

    static Answer found(Question question, String understood, List<IndexedItem> items) {
        return new Answer(Kind.FOUND, question, "", understood, List.of(), List.of(), items, Speakers.of(question));
    }

    static Answer dontKnow(Question question) {
        return new Answer(Kind.DONT_KNOW, question, "", "", List.of(), List.of(), List.of(), Speakers.NONE);
    }

    static Answer smallTalk(Question question) {
        return new Answer(Kind.SMALLTALK, question, "", "", List.of(), List.of(), List.of(), Speakers.NONE);
    }

    Answer withPeople(List<Person> shown, List<String> personNotes) {
        return new Answer(kind, question, preface, understood, shown, personNotes, items, speakers);
    }

    Answer withPreface(String text) {
        return new Answer(kind, question, text, understood, people, notes, items, speakers);
    }

    /** The ids shown, in order: people first, then items. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        people.forEach(p -> ids.add(p.id()));
        items.forEach(i -> ids.add(i.id()));
        return ids;
    }
}
