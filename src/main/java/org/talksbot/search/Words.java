package org.talksbot.search;

import java.util.List;
import org.talksbot.core.EditDistance;
import org.talksbot.names.NameIndex;
import org.talksbot.names.NameKey;

/** Words of a question folded the one way names are ({@link NameKey}), and the one typo tolerance. */
final class Words {

    private Words() {
    }

    static String fold(String text) {
        return NameKey.of(text);
    }

    /** Folded words; a possessive "'s" is dropped, so "Blinken's" reads as "blinken". */
    static List<String> split(String text) {
        return NameKey.words(text);
    }

    /** Edit distance (a swap of neighbours is one edit), {@code max + 1} once certainly above {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        return Math.min(EditDistance.between(a, b), max + 1);
    }

    /** Edits allowed for a misspelt word, as for names: none below 5 letters, one up to 7, two from 8. */
    static int allowedEdits(String word) {
        return NameIndex.tolerance(word.length());
    }
}
