package org.talksbot.store;

/**
 * A person, institution or country that speaks or takes part in events; role may be null, and so may
 * country: the government or side it speaks for (armenia, russia, united-states, international, ...).
 */
public record Person(String id, String name, String kind, String role, String country) {
}
