package org.talksbot.search;

import java.util.List;
import java.util.Set;

/** Greetings, thanks and "who are you": answered kindly, never with "I don't know". */
final class SmallTalk {

    enum Kind { GREETING, THANKS, ABOUT }

    private static final Set<String> GREETINGS = folded("hi", "hello", "hey", "hiya", "yo", "greetings", "morning",
            "evening", "afternoon", "good", "there", "bot", "привет", "здравствуйте", "здравствуй", "добрый", "день",
            "утро", "вечер", "вам", "всем", "բարեւ", "ձեզ", "ողջույն", "բարի", "լույս", "օր", "salam", "merhaba", "all", "everyone");
    private static final Set<String> THANKS = folded("thanks", "thank", "thx", "ty", "cheers", "you", "a", "lot",
            "very", "much", "so", "ok", "okay", "great", "cool", "nice", "спасибо", "большое", "շնորհակալություն",
            "մերսի", "sağ", "ol", "təşəkkür", "edirəm", "tesekkur", "merci");
    private static final List<List<String>> ABOUT = List.of(List.of("who", "are", "you"), List.of("what", "are", "you"),
            List.of("what", "can", "you", "do"), List.of("what", "do", "you", "do"), List.of("are", "you", "a", "bot"),
            List.of("are", "you", "human"), List.of("how", "are", "you"), List.of("what", "is", "this", "bot"),
            List.of("who", "made", "you"), List.of("help"), List.of("кто", "ты"), List.of("ты", "кто"));
    /** What may follow an "about" question: "who are you bot". */
    private static final Set<String> ADDRESSED = folded("bot", "there");
    /** The words that make a message thanks, and those that make it a greeting (the rest only go with them). */
    private static final Set<String> SAYS_THANKS = folded("thanks", "thank", "thx", "ty", "cheers", "спасибо",
            "շնորհակալություն", "մերսի", "təşəkkür", "merci", "sağ");
    private static final Set<String> SAYS_HELLO = folded("hi", "hello", "hey", "hiya", "greetings", "morning",
            "evening", "afternoon", "привет", "здравствуйте", "здравствуй", "добрый", "բարեւ", "ողջույն", "salam",
            "merhaba");

    private SmallTalk() {
    }

    /** Folded as questions are (Armenian և and եւ alike), duplicates allowed. */
    private static Set<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(org.talksbot.names.NameKey::fold)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The kind of small talk these (folded) words are, or null for a real question. */
    static Kind of(List<String> words) {
        if (words.isEmpty() || words.size() > 6) {
            return null;
        }
        int start = 0;
        while (start < words.size() - 1 && GREETINGS.contains(words.get(start))) {
            start++;
        }
        List<String> rest = words.subList(start, words.size());
        for (List<String> about : ABOUT) {
            if (rest.equals(about)) {
                return Kind.ABOUT;
            }
        }
        for (List<String> about : ABOUT) {
            if (words.equals(about) || words.size() == about.size() + 1 && words.subList(0, about.size()).equals(about)
                    && ADDRESSED.contains(words.get(about.size()))) {
                return Kind.ABOUT;
            }
        }
        boolean thanks = words.stream().anyMatch(SAYS_THANKS::contains);
        if (thanks && THANKS.containsAll(words)) {
            return Kind.THANKS;
        }
        boolean greeting = words.stream().anyMatch(SAYS_HELLO::contains);
        if (greeting && GREETINGS.containsAll(words)) {
            return Kind.GREETING;
        }
        return null;
    }
}
