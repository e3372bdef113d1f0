package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksbot.names.NameKey;
import org.talksbot.store.Person;

class NameReaderTest {

    private static final Vocabulary.Name LACHIN_CORRIDOR =
            new Vocabulary.Name(Vocabulary.Name.Type.TOPIC, "lachin-corridor");
    private static final Vocabulary.Name LACHIN = new Vocabulary.Name(Vocabulary.Name.Type.PLACE, "lachin");
    private static Vocabulary vocabulary;

    private final BitSet used = new BitSet();
    private final BitSet nameWords = new BitSet();
    private final Set<Vocabulary.Name> names = new LinkedHashSet<>();
    private final List<String> corrected = new ArrayList<>();

    @BeforeAll
    static void loadStore() {
        vocabulary = new ItemIndex(FixtureStore.load()).snapshot().vocabulary();
    }

    private int find(String text) {
        List<NameKey.Token> tokens = NameKey.tokens(text);
        return NameReader.find(tokens, tokens.stream().map(NameKey.Token::key).toList(), used, nameWords, vocabulary,
                names, corrected);
    }

    @Test
    void aMisspeltNameIsFoundAgainTheSameWayOnceTheVocabularyKeptIt() {
        Set<Vocabulary.Name> boris = Set.of(new Vocabulary.Name(Vocabulary.Name.Type.PERSON, "boris-example"));
        assertEquals(boris, vocabulary.near("exampel"));
        assertEquals(boris, vocabulary.near("exampel"));
        assertTrue(vocabulary.near("zzqxwv").isEmpty());
        assertTrue(vocabulary.near("zzqxwv").isEmpty());
    }

    @Test
    void theLongestPhraseNamesItsTopicAndThePlaceWithinIt() {
        assertEquals(1, find("news on the lachin corridor"));
        assertEquals(Set.of(LACHIN_CORRIDOR, LACHIN), names);
        assertEquals(BitSet.valueOf(new long[] {0b11000}), nameWords);
        assertEquals(nameWords, used);
    }

    @Test
    void aMisspeltNameIsRankedAsTheNameSpeltRight() {
        assertEquals(1, find("what did exampel say"));
        assertEquals(Set.of(new Vocabulary.Name(Vocabulary.Name.Type.PERSON, "boris-example")), names);
        assertEquals(List.of("boris", "example"), corrected);
    }

    @Test
    void wordsAlreadyReadAsSomethingElseNameNothing() {
        used.set(0, 5);
        assertEquals(0, find("news on the lachin corridor"));
        assertTrue(names.isEmpty());
    }

    @Test
    void whoIsReadsTheRestAsOneName() {
        assertTrue(NameReader.whoIs(List.of("who", "is", "anna", "fixture"), used, nameWords, vocabulary, names));
        assertEquals(Set.of(new Vocabulary.Name(Vocabulary.Name.Type.PERSON, "anna-fixture")), names);
        assertEquals(BitSet.valueOf(new long[] {0b1100}), used);
        assertFalse(NameReader.whoIs(List.of("who", "is", "in", "charge"), new BitSet(), new BitSet(), vocabulary,
                new LinkedHashSet<>()));
    }

    @Test
    void anotherNameOfAPlaceNamesTheTopicCalledAfterIt() {
        find("berdzor");
        NameReader.addTopicsOfPlaces(vocabulary, names);
        assertEquals(Set.of(LACHIN, LACHIN_CORRIDOR), names);
    }

    @Test
    void namedKeepsOneTypeAndLeavesOutWhatTheStoreDoesNotHave() {
        Set<Vocabulary.Name> named = new LinkedHashSet<>(List.of(LACHIN,
                new Vocabulary.Name(Vocabulary.Name.Type.PERSON, "anna-fixture"),
                new Vocabulary.Name(Vocabulary.Name.Type.PERSON, "nobody-known")));
        assertEquals(List.of("anna-fixture"), NameReader.named(named, Vocabulary.Name.Type.PERSON, vocabulary::person)
                .stream().map(Person::id).toList());
    }
}
