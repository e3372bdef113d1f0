package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

    private final StoreFixture store = new StoreFixture();
    private final TargetResolver resolver = new TargetResolver(store.jdbi);

    private Target found(String text) {
        return assertInstanceOf(Resolution.Found.class, resolver.resolve(text)).target();
    }

    @Test
    void topicsResolveByCommandNameAliasAndToken() {
        Target lachin = found("lachin");
        assertEquals(lachin, found("  Lachin   Corridor "));
        assertEquals(lachin, found("berdzor"));
        assertEquals(lachin, found("topic:lachin-corridor"));
        assertEquals(Target.Kind.TOPIC, lachin.kind());
    }

    @Test
    void aSharedSurnameOffersEveryoneWhoHasIt() {
        store.jdbi.useHandle(h -> StoreFixture.person(h, "anna-aliyev", "Anna Aliyev"));
        store.jdbi.useHandle(h -> h.execute("DELETE FROM person_alias WHERE alias = 'aliyev'"));

        Resolution.Choices choices = assertInstanceOf(Resolution.Choices.class, resolver.resolve("Aliyev"));

        assertEquals(false, choices.guessed());
        assertEquals(List.of("anna-aliyev", "ilham-aliyev"), choices.targets().stream().map(Target::id).sorted().toList());
    }

    @Test
    void shortGibberishIsUnknownRatherThanGuessed() {
        assertInstanceOf(Resolution.Unknown.class, resolver.resolve("xq"));
        assertInstanceOf(Resolution.Unknown.class, resolver.resolve(""));
    }
}
