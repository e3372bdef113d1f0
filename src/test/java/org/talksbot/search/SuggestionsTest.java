package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.talksbot.store.Topic;

class SuggestionsTest {

    private static Topic topic(String name, String background) {
        return new Topic("t", name, null, false, background);
    }

    @Test
    void aTopicNameReadsInLowerCaseMidSentenceUnlessItStartsWithANameOrAnAcronym() {
        assertEquals("trade and transit", Suggestions.inSentence(topic("Trade and transit",
                "Cargo transit and trade between the two countries.")));
        assertEquals("peace treaty", Suggestions.inSentence(topic("Peace treaty", "Work on a peace treaty began.")));
        assertEquals("Lachin corridor", Suggestions.inSentence(topic("Lachin corridor",
                "The Lachin corridor, the only road.")));
        assertEquals("Russian mediation", Suggestions.inSentence(topic("Russian mediation",
                "Russian-hosted or Russian-brokered diplomacy.")));
        assertEquals("EU mediation", Suggestions.inSentence(topic("EU mediation", "Diplomacy.")));
        assertEquals("U.S. mediation", Suggestions.inSentence(topic("U.S. mediation", "Diplomacy.")));
    }
}
