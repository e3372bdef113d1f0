package org.talksbot.search;

import java.util.Map;

/**
 * Russian and Armenian letters spelt in Latin ones (Тиране: tirane, Գալստանյան: galstanyan), so a
 * word typed in either script can still meet an English text or a Latin alias.
 */
final class Transliteration {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"),
            Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"),
            Map.entry('ա', "a"), Map.entry('բ', "b"), Map.entry('գ', "g"), Map.entry('դ', "d"), Map.entry('ե', "e"),
            Map.entry('զ', "z"), Map.entry('է', "e"), Map.entry('ը', "y"), Map.entry('թ', "t"), Map.entry('ժ', "zh"),
            Map.entry('ի', "i"), Map.entry('լ', "l"), Map.entry('խ', "kh"), Map.entry('ծ', "ts"), Map.entry('կ', "k"),
            Map.entry('հ', "h"), Map.entry('ձ', "dz"), Map.entry('ղ', "gh"), Map.entry('ճ', "ch"), Map.entry('մ', "m"),
            Map.entry('յ', "y"), Map.entry('ն', "n"), Map.entry('շ', "sh"), Map.entry('ո', "o"), Map.entry('չ', "ch"),
            Map.entry('պ', "p"), Map.entry('ջ', "j"), Map.entry('ռ', "r"), Map.entry('ս', "s"), Map.entry('վ', "v"),
            Map.entry('տ', "t"), Map.entry('ր', "r"), Map.entry('ց', "ts"), Map.entry('ւ', "v"), Map.entry('փ', "p"),
            Map.entry('ք', "k"), Map.entry('օ', "o"), Map.entry('ֆ', "f"));

    private Transliteration() {
    }

    /** Whether the (folded) word has letters of these scripts. */
    static boolean applies(String word) {
        return word.chars().anyMatch(c -> LETTERS.containsKey((char) c));
    }

    /** The folded word in Latin letters; other characters stay as they are. */
    static String latin(String word) {
        String text = word.replace("ու", "u");
        StringBuilder latin = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String letter = LETTERS.get(c);
            latin.append(letter == null ? String.valueOf(c) : letter);
        }
        return latin.toString();
    }
}
