package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talksbot.i18n.ChatLanguages;
import org.talksbot.i18n.Language;
import org.talksbot.store.StoreReader;

/** Inline results against the real curated data; {@link OnExtendedData} runs the same against a curator's addition. */
class InlineSearchTest {

    private final InlineSearch inline = new InlineSearch(data().index(), CuratedData.CLOCK);

    CuratedData data() {
        return CuratedData.REAL;
    }

    /** All pages for a query, following next_offset until it is empty. */
    private List<InlineResults> allPages(String query) {
        List<InlineResults> pages = new ArrayList<>();
        String offset = "";
        do {
            InlineResults page = inline.search(query, offset);
            pages.add(page);
            offset = page.nextOffset();
        } while (!offset.isEmpty() && pages.size() < 20);
        return pages;
    }

    @Test
    void anEmptyQueryPagesThroughTheLatestEventsWithValidOffsets() {
        int events = data().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event").mapTo(Integer.class).one());
        String newest = new StoreReader(data().jdbi()).events().latest(1, 0).get(0).id();
        List<InlineResults> pages = allPages("");
        assertEquals((events + InlineSearch.PAGE - 1) / InlineSearch.PAGE, pages.size(), events + " events");
        assertEquals(Math.min(events, InlineSearch.PAGE), pages.get(0).articles().size());
        assertEquals(events > InlineSearch.PAGE ? String.valueOf(InlineSearch.PAGE) : "", pages.get(0).nextOffset());
        assertEquals(events, pages.stream().mapToInt(p -> p.articles().size()).sum());
        assertEquals(newest, pages.get(0).articles().get(0).id());
        assertPagesAreValid(pages);
    }

    @Test
    void aQueryFindsQuotesAndEventsAsArticlesWithTheirSource() {
        List<InlineResults> pages = allPages("lachin");
        List<InlineArticle> articles = pages.stream().flatMap(p -> p.articles().stream()).toList();
        assertTrue(articles.size() > 5, "found " + articles.size());
        assertTrue(articles.stream().anyMatch(a -> a.id().startsWith("q-")));
        assertTrue(articles.stream().anyMatch(a -> !a.id().startsWith("q-")));
        articles.forEach(a -> assertTrue(a.html().contains("Source: <a href=\"http"), a.html()));
        assertPagesAreValid(pages);
    }

    @Test
    void aWideQueryIsPagedWithoutRepeats() {
        assertPagesAreValid(allPages("peace"));
    }

    @Test
    void aBadOffsetStartsFromTheBeginning() {
        assertEquals(inline.search("treaty", "").articles(), inline.search("treaty", "abc;DROP").articles());
        assertEquals(inline.search("treaty", "").articles(), inline.search("treaty", "-5").articles());
    }

    @Test
    void anOffsetPastTheEndGivesNothingMore() {
        InlineResults page = inline.search("", "900");
        assertTrue(page.articles().isEmpty());
        assertEquals("", page.nextOffset());
    }

    @Test
    void aQueryWithNoMatchGivesNoArticles() {
        InlineResults page = inline.search("weather in paris", "");
        assertTrue(page.articles().isEmpty());
        assertEquals("", page.nextOffset());
    }

    @Test
    void anOverlongItemIdIsDigestedToSixtyFourBytes() {
        String id = InlineSearch.articleId("e".repeat(200));
        assertTrue(id.getBytes(StandardCharsets.UTF_8).length <= 64);
        assertEquals(id, InlineSearch.articleId("e".repeat(200)));
    }

    private static void assertPagesAreValid(List<InlineResults> pages) {
        Set<String> ids = new HashSet<>();
        for (InlineResults page : pages) {
            assertTrue(page.articles().size() <= InlineSearch.PAGE);
            assertTrue(page.nextOffset().isEmpty() || page.nextOffset().matches("\\d+"));
            assertTrue(page.nextOffset().getBytes(StandardCharsets.UTF_8).length <= 64);
            for (InlineArticle article : page.articles()) {
                assertTrue(ids.add(article.id()), "repeated " + article.id());
                assertTrue(article.id().getBytes(StandardCharsets.UTF_8).length <= 64);
                assertTrue(!article.title().isBlank() && !article.description().contains("\n"));
            }
        }
    }

    @Test
    void aRussianQueryIsUnderstoodAndItsArticlesAreDescribedInRussian() {
        InlineResults page = inline.search("что сказал Пашинян о мирном договоре", "", Language.RU);
        assertFalse(page.articles().isEmpty());
        InlineArticle first = page.articles().get(0);
        assertTrue(first.id().startsWith("q-") && first.id().contains("pashinyan"), first.id());
        assertTrue(first.title().startsWith("Nikol Pashinyan: «"), first.title());
        // "17 мая 2023 г. · источник: …", "май 2023 г. · …" or "2023 г. · …", as precise as the item's date
        assertTrue(first.description().matches("(\\d{1,2} )?[а-я ]*\\d{4} г\\. · источник: .+"), first.description());
        InlineArticle english = inline.search("what did Pashinyan say about the peace treaty", "").articles().get(0);
        assertTrue(english.description().matches("(\\d{1,2} )?[A-Za-z ]*\\d{4} · .+"), english.description());
    }

    @Test
    void anInlineUsersLanguageIsTheOneTheyChoseInPrivateElseTheirClients() {
        long user = 990_001;
        assertEquals(Language.RU, inline.languageOf(user, "ru"));
        assertEquals(Language.EN, inline.languageOf(user, null));
        new ChatLanguages(data().jdbi()).set(user, false, Language.HY);
        assertEquals(Language.HY, inline.languageOf(user, "ru"));
        assertEquals(Language.HY, inline.languageOf(user, "en-GB"));
    }
}
