package org.talksbot.search;

import java.util.List;
import java.util.Set;

/** The small vocabularies of asking: words that say what is asked, and words that carry no subject. */
final class QuestionWords {

    static final Set<String> SAID = Set.of("say", "said", "says", "saying", "quote", "quotes", "quoted",
            "statement", "statements", "stated", "remark", "remarks", "speech", "speeches", "words", "told",
            "tweet", "tweeted", "comment", "comments", "commented", "declared", "claimed", "claim", "think",
            "thinks", "position", "view", "views", "opinion", "called", "reaction", "reactions", "react", "reacted",
            "response", "respond", "responded", "сказал", "сказала", "сказали", "заявил", "заявила", "заявили",
            "говорил", "говорит", "заявление", "ասաց", "ասել", "հայտարարել", "հայտարարություն", "dedi", "bəyan");
    static final Set<String> LATEST = Set.of("latest", "recent", "recently", "newest", "news", "update",
            "updates", "current", "currently", "now", "today", "new", "lately", "nowadays", "новости", "нового",
            "новое", "последние", "последнее", "сейчас", "նորություններ", "վերջին", "նոր", "xəbərlər", "son");
    static final Set<String> HAPPENED = Set.of("happen", "happened", "happens", "happening", "event", "events",
            "occurred", "took");
    static final Set<String> FILLER = Set.of("what", "whats", "which", "who", "whom", "whose", "when",
            "where", "why", "how", "did", "do", "does", "done", "doing", "is", "are", "was", "were", "be", "been",
            "being", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "shall",
            "about", "on", "in", "at", "of", "for", "to", "from", "with", "by", "and", "or", "the", "a", "an",
            "any", "anything", "something", "me", "my", "i", "we", "you", "your", "he", "she", "they", "them",
            "him", "her", "his", "their", "it", "its", "this", "that", "these", "those", "there", "here", "tell",
            "know", "let", "please", "show", "give", "find", "search", "get", "want", "like", "hi", "hello",
            "hey", "thanks", "thank", "ok", "okay", "yes", "no", "not", "just", "also", "more", "some", "last",
            "year", "years", "month", "months", "day", "days", "date", "time", "times", "ever", "really", "much",
            "many", "so", "very", "all", "place", "take", "info", "information", "details", "regarding", "re",
            "between", "since", "after", "before", "until", "during", "s", "t", "d", "ll", "m", "ve", "going",
            "right", "most", "yet", "according", "far", "wht", "wat", "abt", "bout", "pls", "plz", "u", "r", "ur",
            "things", "что", "о", "об", "про", "в", "на", "и", "с", "по", "как", "когда", "где", "кто", "это", "ли",
            "был", "была", "были", "есть", "ինչ", "մասին", "և", "եւ", "է", "էր", "ով", "երբ", "որտեղ", "nə", "haqqında",
            "və", "kim", "nədir", "haqda");

    /** After a side, the body it speaks through: "the Armenian government", "Azerbaijan's foreign ministry". */
    static final Set<String> SPEAKING_BODY = Set.of("government", "governments", "authorities", "officials",
            "side", "leadership", "foreign", "ministry", "mfa", "administration", "president", "officially");
    /** After "peace": words that mean the whole process the store is about. */
    static final Set<String> SCOPE = Set.of("process", "talks", "negotiations", "efforts", "переговоры",
            "переговорам", "переговоров", "բանակցություններ");
    /** Words of an office, which name a speaker by role ("the Armenian prime minister said"). */
    static final Set<String> ROLE_WORDS = Set.of("prime", "minister", "ministers", "president", "secretary",
            "spokesperson", "spokesman", "spokeswoman", "chancellor", "representative", "chief", "head", "leader",
            "leaders", "envoy", "ambassador", "deputy", "general", "commissioner", "state", "defence", "defense",
            "economy", "high", "security", "council");
    /** The words that make a phrase an office ("foreign minister", "kremlin spokesman"). */
    static final Set<String> TITLES = Set.of("minister", "ministers", "president", "secretary", "spokesperson",
            "spokesman", "spokeswoman", "chancellor", "representative", "commissioner", "ambassador", "envoy",
            "premier");
    /** Other words that can be part of an office's name. */
    static final Set<String> OFFICE = Set.of("foreign", "affairs", "name", "names", "called", "ministry", "office",
            "department", "armed", "forces", "national", "adviser", "advisor", "policy");
    /** Asking for a role ("what is Blinken's role"). */
    static final Set<String> ROLE = Set.of("role", "job", "title", "office");
    /** Words of a status question: "is X open", "has X been signed", "is X still …", "status of X". */
    static final Set<String> STATUS = Set.of("status", "stand", "stands", "standing", "state", "situation",
            "still", "yet", "already", "open", "opened", "reopened", "closed", "blocked", "signed", "ratified",
            "active", "force", "effect", "built", "done", "over", "working", "operating", "exist", "exists",
            "dissolved", "finished", "implemented", "changed", "agreed", "progress", "there", "things", "where",
            "change", "changes", "amended", "amend", "blocking", "block", "functioning", "running", "valid");
    /** Words that rank an answer but never exclude one. */
    static final Set<String> SOFT = Set.of("status", "state", "situation", "progress", "things", "stand",
            "stands", "standing", "developments");
    /** Asking for a number. */
    static final Set<String> COUNT = Set.of("how", "many", "much", "number", "numbers", "size", "count", "total",
            "figure", "figures");
    /** Asking who hosted or mediated. */
    static final Set<String> MEDIATED = Set.of("mediate", "mediated", "mediates", "mediating", "mediator",
            "mediators", "mediation", "broker", "brokered", "brokers", "host", "hosted", "hosts", "hosting",
            "facilitate", "facilitated", "facilitator", "facilitators", "intermediary", "intermediaries");

    /** Verbs that say something happened without saying what: asked about, they narrow nothing. */
    static final Set<String> GENERIC = Set.of("begin", "began", "begun", "start", "started", "starts", "end",
            "ended", "decide", "decided", "set", "up", "hold", "held", "meet", "met", "meeting", "meetings", "sign",
            "signed", "agree", "agreed", "say", "happen", "go", "went", "make", "made", "do", "put", "come", "came",
            "become", "became", "get", "got", "is", "was", "much", "many", "does", "mean", "means");

    static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private QuestionWords() {
    }

    /** 1-12 for a month name or its three-letter form ("feb", "sept" too), else 0. */
    static int month(String word) {
        for (int i = 0; i < MONTHS.size(); i++) {
            String name = MONTHS.get(i);
            if (word.equals(name) || word.length() >= 3 && name.startsWith(word) && word.length() <= 4) {
                return i + 1;
            }
        }
        return 0;
    }

    static boolean isCarrierOnly(String word) {
        return FILLER.contains(word) || SAID.contains(word) || LATEST.contains(word) || HAPPENED.contains(word)
                || GENERIC.contains(word);
    }
}
