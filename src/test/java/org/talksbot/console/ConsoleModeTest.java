package org.talksbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Bot;
import org.talksbot.core.Button;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

class ConsoleModeTest {

    private final List<Request> seen = new ArrayList<>();
    private final Bot bot = request -> {
        seen.add(request);
        return switch (request.text()) {
            case "/boom" -> throw new IllegalStateException("broken");
            case "/quiet" -> Reply.of("");
            case "/latest" -> Reply.of("<b>Talks</b> &amp; <a href=\"https://x.org\">source</a>",
                    List.of(List.of(new Button("Older", "/latest 2"), new Button("Help", "/help"))));
            default -> Reply.of("You said " + Html.escape(request.text()));
        };
    };

    private String run(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ConsoleMode.run(bot, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachLineIsAPrivateMessageAnsweredInPlainTextAndABlankLine() {
        assertEquals("You said a <b>\n\nYou said x & y\n\n", run("a <b>\nx & y\n"));
        assertEquals(new Request(1, 1, "en", "a <b>", Request.ChatType.PRIVATE, Request.Origin.MESSAGE), seen.get(0));
    }

    @Test
    void buttonsAreListedUnderTheReply() {
        assertEquals("Talks & source <https://x.org>\n[Older] [Help]\n\n", run("/latest"));
    }

    @Test
    void anEmptyReplyPrintsNothing() {
        assertEquals("You said after\n\n", run("/quiet\nafter"));
    }

    @Test
    void aFailingLineGetsAnApologyAndTheNextLineIsStillAnswered() {
        assertEquals(ConsoleMode.FAILED + "\n\nYou said next\n\n", run("/boom\nnext\n"));
    }

    @Test
    void pipedInputGetsNoPromptAndEmptyInputEndsAtOnce() {
        assertEquals("", run(""));
        assertEquals("", run("\n  \n"));
        assertEquals(List.of(), seen);
    }
}
