package org.talksbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.talksbot.names.NameKey;

/**
 * A question typed in Russian or Armenian, read as the English words the reader knows: the store's names
 * in those scripts in any case (Пашиняна, Փաշինյանը) as their English names, then the words of asking,
 * dates and subjects (a word of both, as "блокада", reads as the dictionary says when that names it too). Word
 * order follows English where the reader depends on it: the speaker before the verb of saying ("что
 * сказал Пашинян" reads "what pashinyan say"), "who is" before a role, "is" before a yes/no question about
 * a state ("открыт ли коридор"), and an Armenian date (2022 թ. սեպտեմբերի 13) as day, month, year.
 * A question with no such letters is returned as it came.
 */
final class ForeignQuestion {

    private static final Set<String> ASKING = Set.of("what", "who", "when", "where", "how", "which", "why", "is");
    private static final Set<String> BE = Set.of("is", "was", "are", "were");

    private ForeignQuestion() {
    }

    static List<NameKey.Token> english(List<NameKey.Token> tokens, ForeignWords names,
                                       java.util.function.Predicate<String> isName) {
        if (tokens.stream().noneMatch(t -> ForeignWords.foreign(t.key()))) {
            return tokens;
        }
        List<String> words = tokens.stream().map(NameKey.Token::key).toList();
        List<NameKey.Token> out = new ArrayList<>();
        List<NameKey.Token> verb = new ArrayList<>();
        boolean speakerSeen = false;
        for (int i = 0; i < words.size(); ) {
            ForeignWords.Match name = names.at(words, i);
            ForeignWords.Match word = ForeignWords.DICTIONARY.at(words, i);
            // "блокада" names the Lachin corridor topic, but read as "blockade" it names it too and says more
            ForeignWords.Match match = name == null || word != null && word.length() >= name.length()
                    && isName.test(String.join(" ", word.meaning().words())) ? word : name;
            String typed = tokens.get(i).typed();
            List<String> meaning = match == null ? List.of(words.get(i)) : match.meaning().words();
            boolean speaker = match != null && match.meaning().speaker()
                    || meaning.stream().allMatch(w -> Sides.of(w) != null || QuestionWords.SPEAKING_BODY.contains(w));
            i += match == null ? 1 : match.length();
            if (match != null && meaning.size() == 1 && QuestionWords.SAID.contains(meaning.get(0)) && !speakerSeen
                    && verb.isEmpty()) {
                // Russian and Armenian name the speaker after the verb: hold it until the speaker has been read
                verb.add(new NameKey.Token(typed, meaning.get(0)));
                continue;
            }
            boolean content = !meaning.isEmpty();
            if (content && !speaker && !verb.isEmpty()) {
                out.addAll(verb);
                verb.clear();
            }
            speakerSeen |= speaker && content;
            meaning.forEach(w -> out.add(new NameKey.Token(typed, w)));
        }
        out.addAll(verb);
        return englishOrder(out);
    }

    /** "who is" before an office, "is" before a yes/no question about a state, an Armenian date day first. */
    private static List<NameKey.Token> englishOrder(List<NameKey.Token> tokens) {
        List<NameKey.Token> out = new ArrayList<>(tokens);
        if (out.size() > 1 && out.get(0).key().equals("who") && !BE.contains(out.get(1).key())
                && !QuestionWords.MEDIATED.contains(out.get(1).key()) && !QuestionWords.SAID.contains(out.get(1).key())
                && !QuestionWords.HAPPENED.contains(out.get(1).key()) && !QuestionWords.GENERIC.contains(out.get(1).key())) {
            out.add(1, new NameKey.Token("is", "is"));
        }
        boolean asking = !out.isEmpty() && ASKING.contains(out.get(0).key());
        if (!asking && out.stream().anyMatch(t -> Set.of("open", "closed", "blocked", "signed", "ratified",
                "dissolved", "initialled").contains(t.key()))) {
            out.add(0, new NameKey.Token("is", "is"));
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            // "2023 թվականի", "2023 году": the year needs no word saying it is one
            if (Numbers.isYear(out.get(i).key()) && out.get(i + 1).key().equals("year")) {
                out.remove(i + 1);
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            if (Numbers.isYear(out.get(i).key()) && QuestionWords.MONTHS.contains(out.get(i + 1).key())) {
                NameKey.Token year = out.remove(i);
                boolean day = i + 1 < out.size() && Numbers.isDayOfMonth(out.get(i + 1).key());
                // 2022 September 13 reads as 13 September 2022; 2023 September as September 2023
                if (day) {
                    NameKey.Token number = out.remove(i + 1);
                    out.add(i, number);
                    out.add(i + 2, year);
                } else {
                    out.add(i + 1, year);
                }
                i++;
            }
        }
        return out;
    }
}
