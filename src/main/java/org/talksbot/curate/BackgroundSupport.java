package org.talksbot.curate;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talksbot.curate.CuratedEntries.EventEntry;
import org.talksbot.curate.CuratedEntries.PersonEntry;
import org.talksbot.curate.CuratedEntries.QuoteEntry;
import org.talksbot.curate.CuratedEntries.TopicEntry;
import org.talksbot.store.EventDate;

/**
 * A topic's background may name only what the topic's own events and quotes name: every capitalised
 * word (a person, place, body or document), every quoted term, every number and every date in it must
 * occur in the titles, summaries, places, actors, texts, contexts or dates of the items tagged with the
 * topic. Words are compared without case and without a possessive 's; a date such as "13 March 2025"
 * or "April 2022" must be an item's date or appear in an item's text. It is a mechanical check: it
 * cannot tell whether a sentence is fair, only that it names nothing the topic's items do not.
 */
final class BackgroundSupport {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final Pattern DATE = Pattern.compile("\\b(?:(\\d{1,2}) )?(" + MONTHS + ")(?: (\\d{4}))?\\b|\\b(\\d{4})\\b");
    private static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])['‘\"“]([^'’\"”]+?)['’\"”](?![\\p{L}\\p{N}])");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*(?:['’]s)?");
    /** Sentence openers that name nothing. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "as", "after", "before",
            "from", "with", "its", "it", "both", "under", "since", "between", "during", "when", "while", "this",
            "these", "other", "some", "each", "two", "later", "by", "of", "and", "for");

    private final CuratedBatch batch;
    private final Problems problems;
    private final Map<String, CuratedText> files;
    private final Map<String, String> personNames = new HashMap<>();

    BackgroundSupport(CuratedBatch batch, Problems problems, Map<String, CuratedText> files) {
        this.batch = batch;
        this.problems = problems;
        this.files = files;
        for (Item<PersonEntry> person : batch.people()) {
            personNames.put(person.entry().id(), person.entry().name());
        }
    }

    void check() {
        for (Item<TopicEntry> topic : batch.topics()) {
            String background = Text.clean(topic.entry().background());
            if (background != null && topic.entry().id() != null) {
                check(topic, background, pool(topic.entry()));
            }
        }
    }

    private void check(Item<TopicEntry> topic, String background, Pool pool) {
        Set<String> unsupported = new LinkedHashSet<>();
        String rest = background;
        Matcher quoted = QUOTED.matcher(background);
        while (quoted.find()) {
            if (!pool.text.contains(quoted.group(1).toLowerCase(Locale.ROOT))) {
                unsupported.add("the quoted term '" + quoted.group(1) + "'");
            }
        }
        Matcher date = DATE.matcher(rest);
        StringBuilder withoutDates = new StringBuilder();
        while (date.find()) {
            if (!pool.text.contains(date.group().toLowerCase(Locale.ROOT))) {
                unsupported.add("the date '" + date.group() + "'");
            }
            date.appendReplacement(withoutDates, " ");
        }
        date.appendTail(withoutDates);
        rest = withoutDates.toString();
        Matcher number = NUMBER.matcher(rest);
        while (number.find()) {
            if (!pool.words.contains(number.group())) {
                unsupported.add("the number '" + number.group() + "'");
            }
        }
        for (String sentence : rest.split("(?<=[.;:!?])\\s+")) {
            Matcher word = WORD.matcher(sentence);
            boolean first = true;
            while (word.find()) {
                String w = word.group();
                // a sentence may open with a plain word, or with the topic's own vocabulary ("Cargo transit ...")
                boolean named = Character.isUpperCase(w.charAt(0)) && !(first && (OPENERS.contains(bare(w))
                        || pool.topicWords.contains(bare(w))));
                if (named && !pool.words.contains(bare(w))) {
                    unsupported.add("'" + w + "'");
                }
                first = false;
            }
        }
        for (String what : unsupported) {
            problems.add(topic.ref().file() + ": line " + line(topic, what) + ": topic " + topic.entry().id()
                    + ": field 'background': " + what + " is in no event or quote of this topic; "
                    + "say only what the topic's items say, or tag the item that says it");
        }
    }

    /** The line of the background that holds the term's first word, else the field's line. */
    private int line(Item<TopicEntry> topic, String what) {
        int fieldLine = topic.ref().fieldLines().getOrDefault("background", topic.ref().line());
        CuratedText file = files.get(topic.ref().file());
        String term = what.substring(what.indexOf('\'') + 1, what.lastIndexOf('\''));
        String first = term.split("[\\s,]+")[0];
        if (file == null || fieldLine <= 0 || first.isEmpty()) {
            return fieldLine;
        }
        List<String> lines = file.text().lines().toList();
        for (int i = fieldLine - 1; i < lines.size() && i < fieldLine + 20; i++) {
            if (lines.get(i).contains(first)) {
                return i + 1;
            }
        }
        return fieldLine;
    }

    /** Everything the topic's own items say, lower-cased: as text (for phrases) and as words. */
    private Pool pool(TopicEntry topic) {
        List<String> texts = new ArrayList<>();
        texts.add(topic.name());
        for (Item<EventEntry> item : batch.events()) {
            EventEntry e = item.entry();
            if (e.topics() != null && e.topics().contains(topic.id())) {
                texts.addAll(java.util.Arrays.asList(e.title(), e.summary(), e.place()));
                Text.cleanAll(e.people()).forEach(id -> texts.add(personNames.get(id)));
                texts.addAll(dates(e.date()));
            }
        }
        for (Item<QuoteEntry> item : batch.quotes()) {
            QuoteEntry q = item.entry();
            if (q.topics() != null && q.topics().contains(topic.id())) {
                texts.addAll(java.util.Arrays.asList(q.text(), q.context(), q.role(), personNames.get(q.speaker())));
                texts.addAll(dates(q.date()));
            }
        }
        String text = String.join(" \n ", texts.stream().filter(t -> t != null).toList()).toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(bare(word.group()));
        }
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            words.add(number.group());
        }
        Set<String> topicWords = new HashSet<>();
        Matcher alias = WORD.matcher(String.join(" ", Text.cleanAll(topic.aliases())).toLowerCase(Locale.ROOT));
        while (alias.find()) {
            topicWords.add(bare(alias.group()));
        }
        return new Pool(text, words, topicWords);
    }

    /** An item's date as a background would write it: "9 November 2020", "November 2020", "2020". */
    private static List<String> dates(String date) {
        try {
            EventDate d = EventDate.parse(date);
            String month = d.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String year = String.valueOf(d.date().getYear());
            return switch (d.precision()) {
                case DAY -> List.of(d.date().getDayOfMonth() + " " + month + " " + year, month + " " + year,
                        d.date().getDayOfMonth() + " " + month);
                case MONTH -> List.of(month + " " + year);
                case YEAR -> List.of(year);
            };
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    /** The items' text and words; the topic's alias words may only open a sentence, never name a thing. */
    private record Pool(String text, Set<String> words, Set<String> topicWords) {
    }
}
