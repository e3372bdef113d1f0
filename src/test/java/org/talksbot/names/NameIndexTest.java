package org.talksbot.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one name index: normalisation in any script, one typo tolerance, surnames and common words. */
class NameIndexTest {

    private final NameIndex names = NameIndex.builder()
            .person("antony-blinken", "Antony Blinken", "person", List.of("antony blinken", "blinken", "блинкен"))
            .person("ilham-aliyev", "Ilham Aliyev", "person", List.of("ilham aliyev", "ilham əliyev"))
            .person("heydar-aliyev", "Heydar Aliyev", "person", List.of("heydar aliyev"))
            .person("ned-price", "Ned Price", "person", List.of("ned price"))
            .person("russia", "Russia", "country", List.of("russia"))
            .topic("lachin-corridor", "Lachin corridor", "lachin", List.of("lachin", "laçın", "лачин", "լաչին"))
            .topic("mediation-us", "U.S. mediation", "us", List.of("us mediation"))
            .place("stepanakert", "Stepanakert", List.of("Khankendi", "Степанакерт"))
            .build();

    private Named found(String text) {
        return assertInstanceOf(NameMatch.Found.class, names.find(text)).named();
    }

    @Test
    void caseAccentsPunctuationAndWordOrderDoNotMatter() {
        assertEquals("antony-blinken", found("  ANTONY—Blínken!! ").id());
        assertEquals("antony-blinken", found("Blinken, Antony").id());
        assertEquals("antony blinken", NameKey.of("Antony   BLINKEN's"));
    }

    @Test
    void namesInRussianArmenianAndAzerbaijaniLettersAreFound() {
        assertEquals("antony-blinken", found("Блинкен").id());
        assertEquals("lachin-corridor", found("Լաչին").id());
        assertEquals("lachin-corridor", found("LAÇIN").id());
        assertEquals("ilham-aliyev", found("İlham Əliyev").id());
        assertEquals("stepanakert", found("Степанакерт").id());
        assertEquals(NameKey.of("Ալիև"), NameKey.of("Ալիեւ"), "Armenian և and եւ are one spelling");
    }

    @Test
    void aSurnameAloneFindsItsOnlyOwnerAndASharedOneAsksWhichOne() {
        assertEquals("ned-price", found("price").id());
        NameMatch aliyev = names.find("aliyev");
        assertEquals(List.of("heydar-aliyev", "ilham-aliyev"),
                assertInstanceOf(NameMatch.Ambiguous.class, aliyev).choices().stream().map(Named::id).toList());
    }

    @Test
    void aSharedSurnameNamesItsOwnersInTheOrderTheyWereAdded() {
        NameIndex.Builder builder = NameIndex.builder();
        List<String> ids = List.of("mher-grigoryan", "armen-grigoryan", "kristine-grigoryan", "anna-grigoryan",
                "davit-grigoryan", "tigran-grigoryan");
        ids.forEach(id -> builder.person(id, id.replace('-', ' '), "person", List.of()));

        assertEquals(ids, builder.build().exact("grigoryan").stream().map(Named::id).toList(),
                "the same every run, not an enum's hash order");
    }

    @Test
    void aSurnameOrShortNameThatIsACommonWordIsWeakInASentence() {
        assertTrue(names.isWeak("price"));
        assertTrue(names.isWeak("us"));
        assertFalse(names.isWeak("blinken"));
        assertTrue(names.near("pricee", EnumSet.allOf(Named.Kind.class)).isEmpty(), "a weak name is never guessed");
    }

    @Test
    void misspellingsAreOfferedClosestFirstAndShortWordsAreNotGuessed() {
        NameMatch near = names.find("blinkn");
        assertEquals(List.of("antony-blinken"),
                assertInstanceOf(NameMatch.DidYouMean.class, near).choices().stream().map(Named::id).toList());
        assertEquals("lachin-corridor", assertInstanceOf(NameMatch.DidYouMean.class, names.find("lachn"))
                .choices().get(0).id());
        assertInstanceOf(NameMatch.None.class, names.find("bli"));
        assertInstanceOf(NameMatch.None.class, names.find("zelensky"));
        assertInstanceOf(NameMatch.None.class, names.find("   "));
    }

    @Test
    void kindsCanBeLimitedSoTheSameWordReadsAsTheOneAsked() {
        assertEquals(Named.Kind.PERSON, assertInstanceOf(NameMatch.Found.class,
                names.find("russia", EnumSet.of(Named.Kind.PERSON))).named().kind());
        assertEquals("mediation-us", assertInstanceOf(NameMatch.Found.class,
                names.find("us", EnumSet.of(Named.Kind.TOPIC))).named().id());
        assertEquals(0, NameIndex.tolerance(4));
        assertEquals(1, NameIndex.tolerance(7));
        assertEquals(2, NameIndex.tolerance(8));
    }
}
