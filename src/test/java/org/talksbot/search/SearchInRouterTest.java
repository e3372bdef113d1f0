package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.talksbot.ask.CommandRouter;
import org.talksbot.core.Request;

/** The search wired into the command router as App wires it: questions and /search answered from the index. */
class SearchInRouterTest {

    private final Jdbi jdbi = FixtureStore.load();
    private final ItemIndex index = new ItemIndex(jdbi);
    private final CommandRouter router = CommandRouter.create(jdbi, List.of(),
            new QuestionAnswerer(index, FixtureStore.CLOCK), new LuceneItemSearch(index, FixtureStore.CLOCK));

    private String ask(String text) {
        return router.answer(Request.privateMessage(3, text)).html();
    }

    @Test
    void plainTextIsAnsweredAsAQuestion() {
        String html = ask("what did boris example say about the treaty?");
        assertTrue(html.startsWith("<i>Quotes by Boris Example on Peace treaty, best match first"), html);
        assertTrue(html.contains("“The treaty is close to ready.”"), html);
    }

    @Test
    void searchFindsEverySpellingOfAPlace() {
        String html = ask("/search Lachin");
        assertTrue(html.contains("Road through Lachin closed for a day"), html);
        assertTrue(html.contains("The road through Berdzor must stay open."), html);
    }

    @Test
    void searchForgivesAMisspelling() {
        assertTrue(ask("/search Stepankert").contains("Officials meet in Stepanakert"));
    }
}
