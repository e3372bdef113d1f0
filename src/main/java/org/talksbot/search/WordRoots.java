package org.talksbot.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms a folded Russian or Armenian word may be looked up by: the word, and the word without a case,
 * number or article ending (Пашиняна, Пашиняном: пашинян; Լաչինի միջանցքը: լաչին միջանցք). Both the
 * word and its root are kept because a root alone can mislead: Алиев ends like a genitive plural, and
 * only "алиев" (the root of Алиева) meets it. Armenian "-ության" reads as "-ություն", "-ման" as "-ում",
 * and a word whose last syllable drops its ի when inflected (պայմանագիր: պայմանագրի) has both spellings.
 */
final class WordRoots {

    private static final int SHORTEST_ROOT = 3;
    private static final List<String> RUSSIAN = List.of("иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми",
            "ими", "ых", "их", "ую", "юю", "ая", "яя", "ое", "ее", "ыи", "ии", "ои", "ом", "ем", "ам", "ям", "ах",
            "ях", "ов", "ев", "еи", "ию", "ия", "ие", "ья", "ье", "ью", "ым", "им", "а", "я", "ы", "и", "у", "ю", "е",
            "о", "ь");
    private static final List<String> ARMENIAN = List.of("ներից", "ներին", "ների", "ներով", "ներում", "ներ",
            "երից", "երին", "երի", "երով", "երում", "եր", "ից", "ին", "ով", "ում", "ի");

    private WordRoots() {
    }

    /** The word first, then its roots, longest first; a word of neither script is only itself. */
    static List<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (word.chars().anyMatch(WordRoots::isArmenian)) {
            String bare = word.length() > 4 && (word.endsWith("ը") || word.endsWith("ն")) ? cut(word, 1) : word;
            for (String form : List.of(word, bare)) {
                String regular = form.endsWith("ության") ? cut(form, 2) + "ուն"
                        : form.endsWith("ման") ? cut(form, 3) + "ում" : form;
                forms.add(regular);
                forms.add(strip(regular, ARMENIAN));
            }
        } else if (word.chars().anyMatch(WordRoots::isCyrillic)) {
            forms.add(strip(word, RUSSIAN));
        }
        return List.copyOf(forms);
    }

    /** The forms a name or dictionary word is indexed under: its forms, and an Armenian one without the ի it drops. */
    static List<String> indexForms(String word) {
        Set<String> forms = new LinkedHashSet<>(forms(word));
        for (String form : List.copyOf(forms)) {
            int i = form.lastIndexOf('ի');
            if (i > 0 && i == form.length() - 2 && form.length() > 5) {
                forms.add(form.substring(0, i) + form.substring(i + 1));
            }
        }
        return List.copyOf(forms);
    }

    private static String strip(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_ROOT) {
                return cut(word, ending.length());
            }
        }
        return word;
    }

    private static String cut(String word, int letters) {
        return word.substring(0, word.length() - letters);
    }

    static boolean isArmenian(int c) {
        return c >= 0x0530 && c <= 0x058F;
    }

    static boolean isCyrillic(int c) {
        return c >= 0x0400 && c <= 0x04FF;
    }
}
