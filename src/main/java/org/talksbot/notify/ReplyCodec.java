package org.talksbot.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Photo;
import org.talksbot.core.Reply;

/** A reply message as stored in the outbox: its HTML, button rows and photo (if any) as JSON. */
final class ReplyCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Stored(String html, List<List<Button>> buttons, byte[] png, String caption) {
    }

    private ReplyCodec() {
    }

    static String encode(Reply reply) {
        try {
            Photo photo = reply.photo();
            return JSON.writeValueAsString(new Stored(reply.html(), reply.buttons(),
                    photo == null ? null : photo.png(), photo == null ? null : photo.caption()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply is plain strings and always serialises", e);
        }
    }

    static Reply decode(String body) {
        try {
            Stored stored = JSON.readValue(body, Stored.class);
            return stored.png() == null ? Reply.of(stored.html(), stored.buttons())
                    : Reply.withPhoto(new Photo(stored.png(), stored.caption()), stored.html(), stored.buttons());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored reply is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
