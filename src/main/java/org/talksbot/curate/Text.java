package org.talksbot.curate;

import java.util.List;

/** How curated text is normalised before it is compared or stored: stripped, blank counts as absent. */
final class Text {

    private Text() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static List<String> cleanAll(List<String> values) {
        return values == null ? List.of() : values.stream().map(Text::clean).filter(v -> v != null).toList();
    }
}
