package org.talksbot.notify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Html;
import org.talksbot.core.TextCut;

/** Buttons and short phrases shared by the subscription commands. */
final class TargetButtons {

    static final String GROUP_REFUSAL = "Sorry, only this group's admins can change what it follows.";
    static final int ECHO_CHARS = 60;

    private TargetButtons() {
    }

    /** One button per target that fits Telegram's 64-byte limit, two to a row. */
    static List<List<Button>> rows(String command, List<Target> targets, String labelPrefix) {
        List<Button> buttons = new ArrayList<>();
        for (Target target : targets) {
            String data = command + " " + target.token();
            if (data.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_DATA_BYTES) {
                buttons.add(new Button(labelPrefix + label(target), data));
            }
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 2) {
            rows.add(buttons.subList(i, Math.min(i + 2, buttons.size())));
        }
        return rows;
    }

    static String label(Target target) {
        return target.kind() == Target.Kind.ALL ? "All updates" : target.label();
    }

    /** The target's name in bold, with what kind of thing it is. */
    static String describe(Target target) {
        return switch (target.kind()) {
            case ALL -> "<b>all updates</b>";
            case TOPIC -> Html.bold(target.label()) + " (topic)";
            case PERSON -> Html.bold(target.label());
        };
    }

    /** What the user typed, escaped and cut short, to quote back at them. */
    static String echo(String typed) {
        String text = TextCut.withEllipsis(typed, ECHO_CHARS);
        return "“" + Html.escape(text) + "”";
    }
}
