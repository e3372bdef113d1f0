package org.talksbot.search;

import java.time.LocalDate;
import java.util.List;
import org.talksbot.store.Person;
import org.talksbot.store.Topic;

/**
 * A question as the bot understood it: who and what it names, when, what is asked, the words left over
 * (folded) that the text must contain, and the words that named something, which rank items using them.
 */
public record Question(String text, Intent intent, List<Person> people, List<Topic> topics, List<Place> places,
                       Period period, List<String> otherWords, List<String> namedWords) {

    /** What is asked. */
    public enum Intent { SAID, HAPPENED, WHEN, WHERE, LATEST, WHO_IS, ANY }

    /** A date range (inclusive), a month of any year, or both; {@code label} says it as the user would. */
    public record Period(LocalDate from, LocalDate to, Integer monthOfYear, String label) {
    }

    public Question {
        people = List.copyOf(people);
        topics = List.copyOf(topics);
        places = List.copyOf(places);
        otherWords = List.copyOf(otherWords);
        namedWords = List.copyOf(namedWords);
    }

    /** Whether anything the store knows by name, or a date, was found in the question. */
    public boolean recognisedAnything() {
        return !people.isEmpty() || !topics.isEmpty() || !places.isEmpty() || period != null;
    }
}
