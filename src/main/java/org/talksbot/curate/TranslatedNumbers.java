package org.talksbot.curate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talksbot.curate.CuratedEntries.EventEntry;
import org.talksbot.curate.CuratedEntries.TopicEntry;

/**
 * A translated title or name holds the same numbers as the English one: a figure, a date or a count is
 * a fact, and a translation neither adds nor drops one. Thousands may be grouped as each language groups
 * them ("100,000", "100 000"); years, counts and the "2" of km2 are compared as written.
 */
final class TranslatedNumbers {

    // 1 to 3 digits followed by groups of three (100,000 / 100 000), or any run of digits (2023, COP29)
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)\\d{1,3}(?:[ ,\\u00a0\\u202f]\\d{3})+(?!\\d)|\\d+");

    private final Problems problems;

    TranslatedNumbers(Problems problems) {
        this.problems = problems;
    }

    void check(CuratedBatch batch) {
        for (Item<EventEntry> item : batch.events()) {
            EventEntry e = item.entry();
            compare(item.ref(), "title", e.title(), "title_ru", e.titleRu());
            compare(item.ref(), "title", e.title(), "title_hy", e.titleHy());
        }
        for (Item<TopicEntry> item : batch.topics()) {
            TopicEntry t = item.entry();
            compare(item.ref(), "name", t.name(), "name_ru", t.nameRu());
            compare(item.ref(), "name", t.name(), "name_hy", t.nameHy());
        }
    }

    private void compare(ItemRef ref, String englishField, String english, String field, String translation) {
        if (Text.clean(english) == null || Text.clean(translation) == null) {
            return;
        }
        List<String> expected = numbers(english);
        List<String> found = numbers(translation);
        if (!expected.equals(found)) {
            problems.field(ref, field, "has the numbers " + found + " where the English " + englishField + " has "
                    + expected + ": a translation neither adds nor drops a figure");
        }
    }

    /** The numbers of a text, separators of thousands removed, in ascending order. */
    static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replaceAll("\\D", ""));
        }
        numbers.sort(Comparator.comparing((String n) -> n.length()).thenComparing(n -> n));
        return numbers;
    }
}
