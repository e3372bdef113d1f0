package org.talksbot.search;

import java.util.List;

/** A place and the other names it goes by (Lachin: Berdzor, Laçın); {@code token} is its index term. */
public record Place(String id, String name, List<String> otherNames) {

    public Place {
        otherNames = List.copyOf(otherNames);
    }

    /** The single word every spelling of the place is indexed as, besides the spelling itself. */
    String token() {
        return "zzplace" + id.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** "Lachin (Berdzor, Laçın)", or just the name when it has no other. */
    String withOtherNames() {
        return otherNames.isEmpty() ? name : name + " (" + String.join(", ", otherNames) + ")";
    }
}
