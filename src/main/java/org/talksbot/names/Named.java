package org.talksbot.names;

/** Something the store knows by name: a person (or institution, country), a topic or a place. */
public record Named(Kind kind, String id, String label) {

    public enum Kind { PERSON, TOPIC, PLACE }
}
