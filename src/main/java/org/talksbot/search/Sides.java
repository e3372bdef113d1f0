package org.talksbot.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talksbot.i18n.Messages;
import org.talksbot.names.NameKey;

/**
 * Governments and sides as people name them when they mean the speaker ("what did Russia say", "the
 * Kremlin", "Baku", "Washington", "the EU"), mapped to the {@code country} slugs of the curated people.
 */
final class Sides {

    private static final Map<String, String> BY_PHRASE = new HashMap<>();
    static final int LONGEST = 3;

    static {
        add("russia", "russia", "russian", "russians", "russian federation", "moscow", "kremlin", "the kremlin",
                "россия", "рф", "москва", "кремль", "ռուսաստան", "մոսկվա", "rusiya", "rossiya", "moskva");
        add("united-states", "us", "usa", "united states", "the united states", "america", "american", "americans",
                "washington", "white house", "the white house", "сша", "вашингтон", "ամն", "abş");
        add("european-union", "eu", "european union", "brussels", "ес", "евросоюз", "եմ");
        add("armenia", "armenia", "armenian", "armenians", "yerevan", "армения", "ереван", "հայաստան", "երևան",
                "ermənistan", "armeniya", "yerevan", "erevan");
        add("azerbaijan", "azerbaijan", "azerbaijani", "azerbaijanis", "baku", "азербайджан", "баку", "ադրբեջան",
                "բաքու", "azərbaycan", "bakı", "azerbaydzhan", "azerbajdzhan", "azerbaidjan", "azerbaidzhan");
        add("germany", "germany", "german", "berlin", "германия");
        add("france", "france", "french", "paris", "франция");
        add("georgia", "georgia", "georgian", "tbilisi", "грузия");
        add("kazakhstan", "kazakhstan", "kazakh", "astana", "казахстан");
        add("international", "un", "united nations", "international community", "оон");
    }

    private Sides() {
    }

    private static void add(String side, String... phrases) {
        for (String phrase : phrases) {
            BY_PHRASE.put(NameKey.of(phrase), side);
        }
    }

    /** The side a folded phrase names ("azerbaijans" too, an apostrophe forgotten), or null. */
    static String of(String phrase) {
        String side = BY_PHRASE.get(phrase);
        if (side == null && phrase.endsWith("s") && phrase.indexOf(' ') < 0) {
            side = BY_PHRASE.get(phrase.substring(0, phrase.length() - 1));
        }
        return side;
    }

    /** The side named by the words from {@code start}, longest first, with how many words it took; null if none. */
    static Match at(List<String> words, int start) {
        for (int length = Math.min(LONGEST, words.size() - start); length >= 1; length--) {
            String side = of(String.join(" ", words.subList(start, start + length)));
            if (side != null) {
                return new Match(side, length);
            }
        }
        return null;
    }

    record Match(String side, int length) {
    }

    /** "Russia", "the United States", in the chat's language; an unlisted slug is spelt out. */
    static String label(String side, Messages m) {
        String key = switch (side) {
            case "russia" -> "search.side.russia";
            case "united-states" -> "search.side.united_states";
            case "european-union" -> "search.side.eu";
            case "armenia" -> "search.side.armenia";
            case "azerbaijan" -> "search.side.azerbaijan";
            case "germany" -> "search.side.germany";
            case "france" -> "search.side.france";
            case "georgia" -> "search.side.georgia";
            case "kazakhstan" -> "search.side.kazakhstan";
            case "finland" -> "search.side.finland";
            case "international" -> "search.side.international";
            case "nagorno-karabakh" -> "search.side.nagorno_karabakh";
            case "armenia-and-azerbaijan" -> "search.side.jointly";
            default -> null;
        };
        if (key != null) {
            return m.get(key);
        }
        String words = side.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
