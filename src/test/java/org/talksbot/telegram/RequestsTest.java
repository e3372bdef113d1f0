package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestsTest {

    @Test
    void aCommandForUsLosesItsBotNameInAnyCase() {
        assertEquals(Optional.of("/latest@TALKSTESTBOT 5"), Requests.addressedText("/latest@TALKSTESTBOT 5", "TalksTestBot"));
        assertEquals(Optional.of("/start@talkstestbot"), Requests.addressedText("/start@talkstestbot", "TalksTestBot"));
    }

    @Test
    void aCommandForAnotherBotIsNotOurs() {
        assertEquals(Optional.empty(), Requests.addressedText("/latest@OtherBot 5", "TalksTestBot"));
    }

    @Test
    void plainTextAndCommandsWithoutABotNamePassUnchanged() {
        assertEquals(Optional.of("who is blinken? mail me@example.org"),
                Requests.addressedText("who is blinken? mail me@example.org", "TalksTestBot"));
        assertEquals(Optional.of("/who blinken@x"), Requests.addressedText("/who blinken@x", "TalksTestBot"));
    }
}
