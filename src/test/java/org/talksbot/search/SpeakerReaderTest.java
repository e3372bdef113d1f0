package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerReaderTest {

    @Test
    void aSideNamedBeforeTheVerbOfSayingSpeaksThroughItsMinistry() {
        BitSet used = new BitSet();
        List<String> sides = SpeakerReader.sides(List.of("what", "did", "the", "russian", "foreign", "ministry",
                "say"), used);
        assertEquals(List.of("russia"), sides);
        assertEquals(BitSet.valueOf(new long[] {0b111000}), used, "russian foreign ministry are used up");
    }

    @Test
    void aSideIsNamedOnceHoweverOftenItIsCalled() {
        assertEquals(List.of("russia", "armenia"), SpeakerReader.sides(
                List.of("what", "did", "russia", "moscow", "and", "yerevan", "say"), new BitSet()));
    }

    @Test
    void aSideNamedAfterTheVerbOfSayingIsNotTheSpeaker() {
        BitSet used = new BitSet();
        assertEquals(List.of(), SpeakerReader.sides(List.of("what", "was", "said", "in", "moscow"), used));
        assertTrue(used.isEmpty());
    }

    @Test
    void aWordBeforeTheVerbThatNamesNoOneIsAnUnknownSpeaker() {
        assertTrue(SpeakerReader.unknownSpeaker(List.of("what", "did", "erdogan", "say"), new BitSet()));
    }

    @Test
    void aNamedSpeakerARoleOrALateStatementIsNoUnknownSpeaker() {
        BitSet fixtureIsAName = new BitSet();
        fixtureIsAName.set(2);
        assertFalse(SpeakerReader.unknownSpeaker(List.of("what", "did", "fixture", "say"), fixtureIsAName));
        assertFalse(SpeakerReader.unknownSpeaker(List.of("what", "did", "the", "foreign", "minister", "say"),
                new BitSet()));
        assertFalse(SpeakerReader.unknownSpeaker(List.of("the", "border", "commission", "met", "and", "issued", "a",
                "statement"), new BitSet()));
    }
}
