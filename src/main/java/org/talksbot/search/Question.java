package org.talksbot.search;

import java.time.LocalDate;
import java.util.List;
import org.talksbot.store.Person;
import org.talksbot.store.Topic;

/**
 * A question as the bot understood it: who and what it names, when, what is asked, the words left over
 * (folded) that the text must contain, and the words that named something, which rank items using them.
 * {@code ask} is the kind of answer wanted; {@code sides} the governments named as speakers ("what did
 * Russia say"); {@code newestFirst} whether it asks for the latest.
 */
public record Question(String text, Intent intent, List<Person> people, List<Topic> topics, List<Place> places,
                       Period period, List<String> otherWords, List<String> namedWords, Ask ask,
                       List<String> sides, boolean newestFirst, Only only, List<String> looseWords,
                       boolean unknownSpeaker) {

    /** What is asked. */
    public enum Intent { SAID, HAPPENED, WHEN, WHERE, LATEST, WHO_IS, ANY }

    /** The kind of answer: plain search, or one of the kinds answered in their own way. */
    public enum Ask { PLAIN, SMALLTALK, COUNT, STATUS, ROLE, MEDIATORS }

    /** Whether only events or only quotes are wanted. */
    public enum Only { ANY, EVENTS, QUOTES }

    /** A date range (inclusive), a month of any year, or both; {@code label} says it as the user would. */
    public record Period(LocalDate from, LocalDate to, Integer monthOfYear, String label) {

        /** Whether it is one day. */
        public boolean oneDay() {
            return from != null && from.equals(to);
        }
    }

    public Question {
        people = List.copyOf(people);
        topics = List.copyOf(topics);
        places = List.copyOf(places);
        otherWords = List.copyOf(otherWords);
        namedWords = List.copyOf(namedWords);
        sides = List.copyOf(sides);
        looseWords = List.copyOf(looseWords);
    }

    public Question(String text, Intent intent, List<Person> people, List<Topic> topics, List<Place> places,
                    Period period, List<String> otherWords, List<String> namedWords) {
        this(text, intent, people, topics, places, period, otherWords, namedWords, Ask.PLAIN, List.of(),
                intent == Intent.LATEST, Only.ANY, List.of(), false);
    }

    /** Whether anything the store knows by name, a side, or a date, was found in the question. */
    public boolean recognisedAnything() {
        return !people.isEmpty() || !topics.isEmpty() || !places.isEmpty() || period != null || !sides.isEmpty();
    }

    /** Whether it names who spoke: people (any kind) or sides. */
    public boolean namesSpeakers() {
        return !people.isEmpty() || !sides.isEmpty();
    }

    /** "When is …", "when will …", "the next …": a question about what has not happened (yet). */
    boolean asksAboutTheFuture() {
        if (intent != Intent.WHEN) {
            return false;
        }
        List<String> typed = Words.split(text);
        return typed.size() > 1
                && (typed.get(1).equals("is") || typed.get(1).equals("will") || typed.get(1).equals("are")
                || typed.contains("next"));
    }

    Question with(Ask newAsk) {
        return new Question(text, intent, people, topics, places, period, otherWords, namedWords, newAsk, sides,
                newestFirst, only, looseWords, unknownSpeaker);
    }

    Question withOtherWords(List<String> words) {
        return new Question(text, intent, people, topics, places, period, words, namedWords, ask, sides,
                newestFirst, only, looseWords, unknownSpeaker);
    }

    /** The same question about other people and sides (a role read as the person holding it, say). */
    Question withSpeakers(List<Person> speakers, List<String> speakerSides, List<String> words) {
        return new Question(text, intent, speakers, topics, places, period, words, namedWords, ask, speakerSides,
                newestFirst, only, looseWords, unknownSpeaker);
    }

    /** The same question over another period, in another order, for some kinds of item only. */
    Question scoped(List<Person> scopedPeople, Period scopedPeriod, List<String> words, boolean newest, Only kinds) {
        return new Question(text, intent, scopedPeople, topics, places, scopedPeriod, words, namedWords, ask, sides,
                newest, kinds, looseWords, unknownSpeaker);
    }

    /** About its topics only: where a topic stands is not narrowed by the people or places named with it. */
    Question withoutPeopleAndPlaces() {
        return new Question(text, intent, List.of(), topics, List.of(), period, otherWords, namedWords, ask, sides,
                newestFirst, only, looseWords, unknownSpeaker);
    }

    Question withTopics(List<Topic> scopedTopics) {
        return new Question(text, intent, people, scopedTopics, places, period, otherWords, namedWords, ask, sides,
                newestFirst, only, looseWords, unknownSpeaker);
    }
}
