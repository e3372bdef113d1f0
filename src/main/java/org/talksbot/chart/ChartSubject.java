package org.talksbot.chart;

/** What a chart counts: all events, the events on one topic, or one person's events and quotes. */
public record ChartSubject(Kind kind, String id, String name) {

    public enum Kind { ALL, TOPIC, PERSON }

    public static final ChartSubject ALL = new ChartSubject(Kind.ALL, "", "");

    public static ChartSubject topic(String id, String name) {
        return new ChartSubject(Kind.TOPIC, id, name);
    }

    public static ChartSubject person(String id, String name) {
        return new ChartSubject(Kind.PERSON, id, name);
    }

    /** Identifies the subject whatever name the user typed for it, for the cache. */
    String key() {
        return kind + ":" + id;
    }
}
