package org.talksbot.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.TextCut;
import org.talksbot.i18n.Messages;

/** Buttons and short phrases shared by the subscription commands, in the reader's language. */
final class TargetButtons {

    static final int ECHO_CHARS = 60;

    private TargetButtons() {
    }

    static Reply groupRefusal(Messages m) {
        return Reply.of(m.get("notify.group_refusal"));
    }

    /** One button per target whose data fits, two to a row, labelled with its name. */
    static List<List<Button>> rows(String command, List<Target> targets, Messages m) {
        return rows(command, targets, target -> label(target, m));
    }

    /** As above, with each button's label written by {@code label}. */
    static List<List<Button>> rows(String command, List<Target> targets, Function<Target, String> label) {
        List<Button> buttons = new ArrayList<>();
        for (Target target : targets) {
            ButtonData.of(command, target.token()).ifPresent(data -> buttons.add(new Button(label.apply(target), data)));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 2) {
            rows.add(buttons.subList(i, Math.min(i + 2, buttons.size())));
        }
        return rows;
    }

    static String label(Target target, Messages m) {
        return switch (target.kind()) {
            case ALL -> m.get("notify.target.all_button");
            case TOPIC, PERSON -> target.label();
        };
    }

    /** The target's name in bold, with what kind of thing it is. */
    static String describe(Target target, Messages m) {
        return switch (target.kind()) {
            case ALL -> m.get("notify.target.all");
            case TOPIC -> m.get("notify.target.topic", "name", Html.escape(target.label()));
            case PERSON -> Html.bold(target.label());
        };
    }

    /** "Did you mean" or "which one", with the targets (labelled for the reader) as buttons for {@code command}. */
    static Reply choices(Resolution.Choices choices, String typed, String command, List<Target> offered,
                         Messages m) {
        return Reply.of(m.get(choices.guessed() ? "notify.did_you_mean" : "notify.several", "typed", echo(typed)),
                rows(command, offered, m));
    }

    /** What the user typed, escaped and cut short, to quote back at them (the quotation marks are the bundle's). */
    static String echo(String typed) {
        return Html.escape(TextCut.withEllipsis(typed, ECHO_CHARS));
    }
}
