package org.talksbot.ask;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.i18n.Messages;

/**
 * Paging through More buttons: the button sends the same command with {@code @offset} appended,
 * e.g. {@code /latest 5 @5}.
 */
final class Paging {

    /** The arguments without the offset, and the offset (0 on the first page). */
    record Page(String args, int offset) {
    }

    private static final Pattern OFFSET = Pattern.compile("(?:^|\\s)@(\\d{1,6})$");

    private Paging() {
    }

    static Page parse(String args) {
        Matcher m = OFFSET.matcher(args);
        if (m.find()) {
            return new Page(args.substring(0, m.start()).strip(), Integer.parseInt(m.group(1)));
        }
        return new Page(args, 0);
    }

    /** A row with a More button, or no rows when the command line would not fit in a button. */
    static List<List<Button>> more(String commandLine, int nextOffset, Messages messages) {
        return ButtonData.of(commandLine, "@" + nextOffset)
                .map(data -> List.of(List.of(new Button(messages.get("common.more"), data))))
                .orElse(List.of());
    }
}
