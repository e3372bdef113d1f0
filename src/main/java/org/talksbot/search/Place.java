package org.talksbot.search;

import java.util.List;
import java.util.regex.Pattern;

/** A place and the other names it goes by (Lachin: Berdzor, Laçın); {@code token} is its index term. */
public record Place(String id, String name, List<String> otherNames) {

    private static final Pattern NOT_LATIN_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

    public Place {
        otherNames = List.copyOf(otherNames);
    }

    /** The single word every spelling of the place is indexed as, besides the spelling itself. */
    String token() {
        return "zzplace" + id.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "Lachin (Berdzor, Laçın)", or just the name when it has no other. Answers are written in Latin
     * script, so names in other scripts (Лачин, Լաչին) and mere respellings of the name itself
     * ("Nagorno Karabakh") are left out of the line; they still find the place.
     */
    String withOtherNames() {
        String key = NOT_LATIN_LETTER_OR_DIGIT.matcher(Words.fold(name)).replaceAll("");
        List<String> shown = otherNames.stream()
                .filter(other -> other.codePoints().filter(Character::isLetter)
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN))
                .filter(other -> !NOT_LATIN_LETTER_OR_DIGIT.matcher(Words.fold(other)).replaceAll("").equals(key))
                .toList();
        return shown.isEmpty() ? name : name + " (" + String.join(", ", shown) + ")";
    }
}
