package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.CuratedCopies;

/**
 * The curators' check on a copy of db/curated with one mistake of each kind: it names the file and the
 * line, the item and the field. On the real folder it finds nothing (see {@link CuratedDataTest}).
 */
class DataCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheRealData() throws IOException {
        CuratedCopies.copyFolder(CuratedCopies.REAL, dir);
    }

    @Test
    void theUntouchedCopyHasNoProblem() {
        assertEquals(List.of(), DataCheck.run(dir, TODAY));
    }

    @Test
    void anEventWithoutASourceIsNamed() {
        edit("events/2023.yaml", text -> text.replace("""
                    sources:
                      - url: "https://news.am/eng/news/738235.html"
                        name: News.am
                """, "\n"));

        assertOnly(problem("events/2023.yaml", "2023-01-05-pashinyan-cabinet-fact-finding", "sources",
                "missing: every event needs at least one source {url, name}"));
    }

    @Test
    void aQuoteWhoseSourceIsNoWebAddressIsNamed() {
        edit("quotes/2023.yaml", text -> text.replace(
                "url: \"https://armenianclub.com/2023/03/27/armenia-counting-on-russias-role-to-ensure-safety-of-karabakh-population-top-diplomat/amp\"",
                "url: \"armenianclub.com/2023/03/27\""));

        assertOnly(problem("quotes/2023.yaml", "q-2023-03-20-mirzoyan-fact-finding-mission", "source",
                "expected an http(s) url, got 'armenianclub.com/2023/03/27'"));
    }

    @Test
    void aDuplicateIdIsNamedWithTheFirstOnesPlace() {
        edit("events/2023.yaml", text -> text.replace("id: \"2023-01-16-mirzoyan-guterres-call-fact-finding\"",
                "id: \"2023-01-05-pashinyan-cabinet-fact-finding\""));

        List<String> problems = DataCheck.run(dir, TODAY);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(location("events/2023.yaml",
                "2023-01-05-pashinyan-cabinet-fact-finding", "id", 1) + ": field 'id': duplicate id, also used by event")),
                String.join("\n", problems));
    }

    @Test
    void anIdThatDoesNotStartWithItsDateIsNamed() {
        edit("events/2023.yaml", text -> text.replace("id: \"2023-03-20-mirzoyan-lavrov-fact-finding\"",
                "id: \"mirzoyan-lavrov-fact-finding\""));
        edit("quotes/2023.yaml", text -> text.replace("event: \"2023-03-20-mirzoyan-lavrov-fact-finding\"",
                "event: \"mirzoyan-lavrov-fact-finding\""));

        assertOnly(problem("events/2023.yaml", "mirzoyan-lavrov-fact-finding", "id",
                "expected the id to start with '2023-03-20-' (its date), got 'mirzoyan-lavrov-fact-finding'"));
    }

    @Test
    void aDraftLookingIdIsNamed() {
        edit("quotes/2023.yaml", text -> text.replace("id: q-2023-03-20-mirzoyan-fact-finding-mission",
                "id: q-2023-03-20-mirzoyan-todo"));

        assertOnly(problem("quotes/2023.yaml", "q-2023-03-20-mirzoyan-todo", "id",
                "'todo' in an id looks like a draft; ids are stable, choose the final one"));
    }

    @Test
    void aBackgroundNamingWhatNoItemOfItsTopicNamesIsPointedAtItsLine() {
        edit("topics.yaml", text -> appendToBackground(text, "mediation-other", "Ruritania's envoy was there too."));

        int line = lineOf("topics.yaml", "Ruritania's");
        assertOnly(rel("topics.yaml") + ": line " + line + ": topic mediation-other: field 'background': 'Ruritania's' is in "
                + "no event or quote of this topic; say only what the topic's items say, or tag the item that says it");
    }

    @Test
    void aBackgroundsQuotedTermAndDateMustComeFromItsItems() {
        edit("topics.yaml", text -> appendToBackground(text, "mediation-other",
                "Germany hosted 'zeppelin talks' in February 2024 and on 3 March 1911."));

        List<String> problems = DataCheck.run(dir, TODAY);
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).endsWith("topic mediation-other: field 'background': the quoted term 'zeppelin talks' is in "
                + "no event or quote of this topic; say only what the topic's items say, or tag the item that says it"));
        assertTrue(problems.get(1).contains(": topic mediation-other: field 'background': the date '3 March 1911' is in no"));
        assertTrue(problems.get(0).startsWith(rel("topics.yaml") + ": line " + lineOf("topics.yaml", "'zeppelin")));
    }

    @Test
    void aTranslatedTitleInTheWrongScriptIsNamed() {
        edit("events/2023.yaml", text -> text.replace("title_hy: \"Ալիևը չի մասնակցում Գրանադայի հանդիպմանը\"",
                "title_hy: \"Aliyev skips Granada meeting\""));

        assertOnly(problem("events/2023.yaml", "2023-10-05-granada-meeting-without-aliyev", "title_hy",
                "expected Armenian in Armenian letters, got 'Aliyev skips Granada meeting' "
                        + "(leave the field out where there is no translation: the English one is shown)"));
    }

    @Test
    void aTopicNameInTheOtherLanguagesScriptIsNamed() {
        edit("topics.yaml", text -> text.replace("name_ru: \"Перемирие\"", "name_ru: \"Հրադադար\""));

        assertOnly(problem("topics.yaml", "ceasefire", "name_ru", "expected Russian in Cyrillic letters, got 'Հրադադար' "
                + "(leave the field out where there is no translation: the English one is shown)"));
    }

    @Test
    void aTranslatedTitleWhoseFigureDiffersFromTheEnglishIsNamed() {
        edit("events/2023.yaml", text -> text.replace("title_ru: \"Более 100 000 человек покинули Карабах\"",
                "title_ru: \"Более 10 000 человек покинули Карабах\""));

        assertOnly(problem("events/2023.yaml", "2023-09-30-exodus-passes-100000", "title_ru",
                "has the numbers [10000] where the English title has [100000]: a translation neither adds nor drops a figure"));
    }

    @Test
    void aQuoteDatedWellBeforeItsEventIsNamed() {
        edit("quotes/2023.yaml", text -> text.replace(
                "  - id: q-2023-03-20-mirzoyan-fact-finding-mission\n    date: \"2023-03-20\"",
                "  - id: q-2023-03-20-mirzoyan-fact-finding-mission\n    date: \"2023-03-01\""));

        List<String> problems = DataCheck.run(dir, TODAY);
        assertTrue(problems.contains(problem("quotes/2023.yaml", "q-2023-03-20-mirzoyan-fact-finding-mission", "event",
                "the quote (2023-03-01) is dated more than 7 days before its event 2023-03-20-mirzoyan-lavrov-fact-finding "
                        + "(2023-03-20): check the date or the link")), String.join("\n", problems));
    }

    @Test
    void anAliasSharedByAPersonAndATopicIsNamed() {
        edit("people.yaml", text -> text.replace("aliases: [brice roquefeuil, roquefeuil]",
                "aliases: [brice roquefeuil, roquefeuil, minsk group]"));

        List<String> problems = DataCheck.run(dir, TODAY);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains(": line ") && problems.get(0).contains("field 'aliases': alias 'minsk group' is "
                + "also claimed by"), problems.get(0));
    }

    @Test
    void aPlaceNameThatIsAPersonsAliasIsNamed() {
        edit("places.yaml", text -> text.replace("      - {name: Siunik}", "      - {name: Siunik}\n      - {name: Guterres}"));

        assertOnly(problem("places.yaml", "syunik", "other_names", "'Guterres' is also an alias of person antonio-guterres"));
    }

    @Test
    void aPersonsRoleMustBeTheRoleOfTheirNewestQuote() {
        edit("people.yaml", text -> text.replace("role: Foreign Minister of Armenia\n", "role: Minister of Armenia\n")
                .replace("aliases: [brice roquefeuil, roquefeuil]", "role: Diplomat\n    aliases: [brice roquefeuil, roquefeuil]"));

        List<String> problems = DataCheck.run(dir, TODAY);
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith(location("people.yaml", "ararat-mirzoyan", "role", 0) + ": field 'role': "
                + "expected the role of their newest quote ("), problems.get(0));
        assertTrue(problems.get(0).endsWith("'Foreign Minister of Armenia', got 'Minister of Armenia'"), problems.get(0));
        assertEquals(problem("people.yaml", "brice-roquefeuil", "role", "no quote of theirs gives a role; leave it out"),
                problems.get(1));
    }

    @Test
    void aDateMissingFromTheCalendarAndADateInTheFutureAreNamed() {
        edit("events/2023.yaml", text -> text.replace("    date: \"2023-01-16\"", "    date: \"2023-02-30\""));
        edit("events/2022.yaml", text -> text.replace("    date: \"2022-12-23\"", "    date: \"2027-12-23\""));

        List<String> problems = DataCheck.run(dir, TODAY);
        assertTrue(problems.contains(problem("events/2023.yaml", "2023-01-16-mirzoyan-guterres-call-fact-finding", "date",
                "the date 2023-02-30 does not exist: February 2023 has 28 days")), String.join("\n", problems));
        assertTrue(problems.contains(problem("events/2022.yaml", "2022-12-23-mirzoyan-roquefeuil-call-fact-finding", "date",
                "2027-12-23 is in the future (today is 2026-11-29)")), String.join("\n", problems));
    }

    /** Adds a sentence at the end of a topic's folded background (the block before its aliases). */
    private static String appendToBackground(String topics, String topicId, String sentence) {
        int topic = topics.indexOf("  - id: " + topicId + "\n");
        int aliases = topics.indexOf("    aliases:", topic);
        assertTrue(topic >= 0 && topics.substring(topic, aliases).contains("background: >-"), topicId);
        return topics.substring(0, aliases) + "      " + sentence + "\n" + topics.substring(aliases);
    }

    private void assertOnly(String expected) {
        assertEquals(List.of(expected), DataCheck.run(dir, TODAY));
    }

    /** {@code FILE: line N: KIND ID: field 'F': PROBLEM}, N being the line of the field in the edited file. */
    private String problem(String relative, String id, String field, String problem) {
        return location(relative, id, field, 0) + ": field '" + field + "': " + problem;
    }

    /** The file, the line of the field (of the {@code nth} item with that id) and the item. */
    private String location(String relative, String id, String field, int nth) {
        List<String> lines = lines(relative);
        int item = -1;
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*- \\{?id: \"?" + java.util.regex.Pattern.quote(id) + "\"?,?.*") && seen++ == nth) {
                item = i;
                break;
            }
        }
        int line = item + 1;
        for (int i = item + 1; i < lines.size() && !lines.get(i).matches("\\s*- .*id: .*"); i++) {
            if (lines.get(i).strip().startsWith(field + ":")) {
                line = i + 1;
                break;
            }
        }
        if (field.equals("id") || lines.get(item).contains("{")) {
            line = item + 1;
        }
        String kind = relative.startsWith("events") ? "event" : relative.startsWith("quotes") ? "quote"
                : relative.equals("places.yaml") ? "place" : relative.equals("topics.yaml") ? "topic" : "person";
        return rel(relative) + ": line " + line + ": " + kind + " " + id;
    }

    private int lineOf(String relative, String text) {
        List<String> lines = lines(relative);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + relative);
    }

    private List<String> lines(String relative) {
        try {
            return Files.readAllLines(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rel(String relative) {
        return dir.resolve(relative).toString();
    }

    private void edit(String relative, UnaryOperator<String> change) {
        try {
            Path file = dir.resolve(relative);
            String before = Files.readString(file);
            String after = change.apply(before);
            assertTrue(!after.equals(before), "the edit changed nothing in " + relative);
            Files.writeString(file, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
