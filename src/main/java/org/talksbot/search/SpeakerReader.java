package org.talksbot.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Who a question asks to have spoken: the governments named before the verb of saying ("what did Russia
 * say"), and whether the words there name a speaker the store does not know ("what did Erdogan say").
 */
final class SpeakerReader {

    private SpeakerReader() {
    }

    /** "What did Russia say", "what has the Kremlin said": a side before the verb of saying is the speaker. */
    static List<String> sides(List<String> words, BitSet used) {
        int verb = -1;
        for (int i = 0; i < words.size(); i++) {
            if (QuestionWords.SAID.contains(words.get(i)) && !used.get(i)) {
                verb = i;
                break;
            }
        }
        List<String> sides = new ArrayList<>();
        for (int i = 0; i < verb; i++) {
            Sides.Match match = used.get(i) ? null : Sides.at(words.subList(0, verb), i);
            if (match != null) {
                if (!sides.contains(match.side())) {
                    sides.add(match.side());
                }
                used.set(i, i + match.length());
                // "the Armenian government", "Azerbaijan's foreign ministry": the side speaks through them
                int next = i + match.length();
                while (next < verb && QuestionWords.SPEAKING_BODY.contains(words.get(next))) {
                    used.set(next++);
                }
                i = next - 1;
            }
        }
        return sides;
    }

    /**
     * "What did Erdogan say": the words before the verb of saying name nobody the store knows, so what
     * that speaker said is not known here, whatever else matches.
     */
    static boolean unknownSpeaker(List<String> words, BitSet used) {
        int verb = -1;
        for (int i = 0; i < words.size() && verb < 0; i++) {
            verb = QuestionWords.SAID.contains(words.get(i)) ? i : -1;
        }
        // "what did X say", "X's reaction": the speaker comes first; a "statement" late in a sentence has none
        if (verb < 1 || verb > 5) {
            return false;
        }
        for (int i = 0; i < verb; i++) {
            String word = words.get(i);
            if (!used.get(i) && !QuestionWords.FILLER.contains(word) && !QuestionWords.SPEAKING_BODY.contains(word)
                    && !QuestionWords.LATEST.contains(word) && !QuestionWords.ROLE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
