package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InlineSearchTest {

    private final InlineSearch inline = new InlineSearch(CuratedData.index(), CuratedData.CLOCK);

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
        List<InlineResults> pages = allPages("");
        assertEquals(2, pages.size(), "63 events: a page of 50, then 13");
        assertEquals(InlineSearch.PAGE, pages.get(0).articles().size());
        assertEquals("50", pages.get(0).nextOffset());
        assertEquals(13, pages.get(1).articles().size());
        assertEquals("2026-01-13-tripp-implementation-framework", pages.get(0).articles().get(0).id());
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
}
