package org.talksbot.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The one normalisation of names: case, accents and compatibility forms folded in any script
 * (Laçın = lacin, Əliyev = eliyev, ё = е, Armenian և = եւ), punctuation dropped, and a possessive
 * "'s" removed, so "Blinken's" reads as "blinken".
 */
public final class NameKey {

    /** A word as typed and as folded. */
    public record Token(String typed, String key) {
        /** Typed with a capital first letter ("Price", not "price"). */
        public boolean capitalised() {
            return !typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0));
        }
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Armenian stress, exclamation and question marks sit inside a word (Ի՞նչ) and must not split it. */
    private static final Pattern ARMENIAN_MARKS = Pattern.compile("[\u055B\u055C\u055E]");

    private NameKey() {
    }

    /** The folded words of a text joined by single spaces ("" for none). */
    public static String of(String text) {
        return String.join(" ", words(text));
    }

    /** The folded words of a text. */
    public static List<String> words(String text) {
        return tokens(text).stream().map(Token::key).toList();
    }

    /** The words of a text as typed and folded; a lone "s" (from "'s") is dropped. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        // marks go first: a lower-cased İ is i plus a combining dot, which must not split the word
        String plain = MARKS.matcher(Normalizer.normalize(ARMENIAN_MARKS.matcher(text).replaceAll(""),
                Normalizer.Form.NFKD)).replaceAll("");
        for (String typed : NOT_WORD.split(plain)) {
            String key = fold(typed);
            if (!key.isEmpty() && !key.equals("s")) {
                tokens.add(new Token(typed, key));
            }
        }
        return tokens;
    }

    /** One word folded: lower case, no accents, compatibility forms decomposed, Latin letters to ASCII. */
    public static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        char[] out = new char[lower.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
        return NOT_WORD.matcher(new String(out, 0, length)).replaceAll("");
    }
}
