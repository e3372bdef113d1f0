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
              List<String> notes, List<IndexedItem> items) {

    enum Kind { FOUND, DONT_KNOW, SMALLTALK }

    Answer {
        people = List.copyOf(people);
        notes = List.copyOf(notes);
        items = List.copyOf(items);
    }

    static Answer found(Question question, String understood, List<IndexedItem> items) {
        return new Answer(Kind.FOUND, question, "", understood, List.of(), List.of(), items);
    }

    static Answer dontKnow(Question question) {
        return new Answer(Kind.DONT_KNOW, question, "", "", List.of(), List.of(), List.of());
    }

    static Answer smallTalk(Question question) {
        return new Answer(Kind.SMALLTALK, question, "", "", List.of(), List.of(), List.of());
    }

    Answer withPeople(List<Person> shown, List<String> personNotes) {
        return new Answer(kind, question, preface, understood, shown, personNotes, items);
    }

    Answer withPreface(String text) {
        return new Answer(kind, question, text, understood, people, notes, items);
    }

    /** The ids shown, in order: people first, then items. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        people.forEach(p -> ids.add(p.id()));
        items.forEach(i -> ids.add(i.id()));
        return ids;
    }
}
