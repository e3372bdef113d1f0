package org.talksbot.store;

/** A person, institution or country that speaks or takes part in events; role may be null. */
public record Person(String id, String name, String kind, String role) {
}
