package org.talksbot.notify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * {@code /quiet HH:MM-HH:MM [hold] | off}: during quiet hours notifications arrive without a sound, or
 * (with {@code hold}) wait until they end; digests due then are silent. Alone, it shows them.
 */
public final class QuietCommand implements Command {

    private final DeliverySettings settings;
    private final ChatAdmins chatAdmins;

    public QuietCommand(DeliverySettings settings, ChatAdmins chatAdmins) {
        this.settings = settings;
        this.chatAdmins = chatAdmins;
    }

    @Override
    public String name() {
        return "quiet";
    }

    /** The same in every language: the words after /quiet are the command's own. */
    @Override
    public String usage(Messages messages) {
        return "/quiet [23:00-08:00 [hold] | off]";
    }

    @Override
    public String description(Messages messages) {
        return messages.get("digest.quiet.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages m = Messages.of(request);
        if (args.isBlank()) {
            ChatSettings current = settings.of(request.chatId());
            return Reply.of(m.get("digest.quiet.current", "quiet", current.quietHours().describe(m)) + "\n"
                    + LocalTimes.zoneNote(current, m) + "\n" + m.get("digest.quiet.help"), buttons(m));
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return Reply.of(m.get("digest.group_refusal"));
        }
        String[] words = args.trim().toLowerCase(Locale.ROOT).replaceAll("\\s*[-–]\\s*", "-").split("\\s+");
        if (words.length == 1 && words[0].equals("off")) {
            settings.quiet(request, null, null, false);
            return Reply.of(m.get("digest.quiet.turned_off"));
        }
        boolean hold = words.length == 2 && words[1].equals("hold");
        String[] range = words[0].split("[-–]");
        if ((words.length == 1 || hold) && range.length == 2) {
            Optional<Integer> start = LocalTimes.minute(range[0]);
            Optional<Integer> end = LocalTimes.minute(range[1]);
            if (start.isPresent() && end.isPresent() && !start.equals(end)) {
                ChatSettings now = settings.quiet(request, start.get(), end.get(), hold);
                return Reply.of(m.get("digest.quiet.set", "quiet", now.quietHours().describe(m)) + "\n"
                        + LocalTimes.zoneNote(now, m));
            }
        }
        return Reply.of(m.get("digest.quiet.unreadable", "typed", TargetButtons.echo(args)) + "\n"
                + m.get("digest.quiet.help"), buttons(m));
    }

    static List<List<Button>> buttons(Messages m) {
        return List.of(
                List.of(new Button(m.get("digest.quiet.button.silent", "range", "23:00–08:00"), "/quiet 23:00-08:00"),
                        new Button(m.get("digest.quiet.button.hold", "range", "23:00–08:00"), "/quiet 23:00-08:00 hold")),
                List.of(new Button(m.get("digest.quiet.button.off"), "/quiet off")));
    }
}
