package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeenUpdatesTest {

    @Test
    void eachIdPassesOnceAndTheOldestAreForgottenBeyondCapacity() {
        SeenUpdates seen = new SeenUpdates(2);

        assertEquals(List.of(true, false, true, true, true), List.of(seen.firstTime(1), seen.firstTime(1),
                seen.firstTime(2), seen.firstTime(3), seen.firstTime(1)));
    }
}
