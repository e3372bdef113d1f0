package org.talksbot.search;

import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;
import org.talksbot.i18n.Messages;
import org.talksbot.names.NameKey;

/** A kind word back to a greeting, thanks or "who are you", with what the bot can do, in the chat's language. */
final class SmallTalkReply {

    private SmallTalkReply() {
    }

    static Reply of(String text, Messages m) {
        SmallTalk.Kind kind = SmallTalk.of(NameKey.words(text));
        String opening = kind == SmallTalk.Kind.THANKS ? "thanks" : kind == SmallTalk.Kind.GREETING ? "greeting" : "about";
        List<List<Button>> buttons = List.of(List.of(new Button(m.get("search.button.latest"), "/latest"),
                new Button(m.get("search.button.topics"), "/topics"), new Button(m.get("search.button.help"), "/help")));
        return Reply.of(m.get("search.smalltalk", "opening", opening), buttons);
    }
}
