package org.talksbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhotoTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void aCaptionOverTelegramsLimitOrAPhotoWithoutBytesIsRefusedWhenMade() {
        assertThrows(IllegalArgumentException.class, () -> new Photo(PNG, "x".repeat(Photo.MAX_CAPTION + 1)));
        assertThrows(IllegalArgumentException.class, () -> new Photo(new byte[0], "caption"));
        assertEquals(Photo.MAX_CAPTION, new Photo(PNG, "x".repeat(Photo.MAX_CAPTION)).caption().length());
    }

    @Test
    void photosWithTheSameBytesAndCaptionAreEqual() {
        assertEquals(new Photo(PNG.clone(), "c"), new Photo(PNG.clone(), "c"));
        assertEquals(new Photo(PNG.clone(), "c").hashCode(), new Photo(PNG.clone(), "c").hashCode());
    }

    @Test
    void aReplyWithAPhotoKeepsItsTextAndButtonsAndCanDropThePhoto() {
        List<List<Button>> buttons = List.of(List.of(new Button("Chart", "/chart")));
        Reply reply = Reply.withPhoto(new Photo(PNG, "caption"), "<b>counts</b>", buttons);

        assertEquals("caption", reply.photo().caption());
        assertEquals(Reply.of("<b>counts</b>", buttons), reply.withoutPhoto());
        assertNull(Reply.of("text").photo());
        assertEquals(new Reply("text", List.of()), Reply.of("text"));
    }
}
