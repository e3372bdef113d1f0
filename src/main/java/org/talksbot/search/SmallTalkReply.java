package org.talksbot.search;

import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;
import org.talksbot.names.NameKey;

/** A kind word back to a greeting, thanks or "who are you", with what the bot can do. */
final class SmallTalkReply {

    private static final String WHAT_I_DO = "I answer questions about the Armenia–Azerbaijan peace talks from a "
            + "curated store of dated, sourced events and verbatim quotes. Ask in plain words, for example "
            + "“what did Russia say about the peace treaty?”, “is the Lachin corridor open?” or "
            + "“who mediated in 2024?”; /help lists the commands.";

    private SmallTalkReply() {
    }

    static Reply of(String text) {
        SmallTalk.Kind kind = SmallTalk.of(NameKey.words(text));
        String opening = kind == SmallTalk.Kind.THANKS ? "You're welcome! "
                : kind == SmallTalk.Kind.GREETING ? "Hello! " : "";
        List<List<Button>> buttons = List.of(List.of(new Button("Latest events", "/latest"),
                new Button("Topics", "/topics"), new Button("Help", "/help")));
        return Reply.of(opening + WHAT_I_DO, buttons);
    }
}
