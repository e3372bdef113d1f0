package org.talksbot.notify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/**
 * {@code /quiet HH:MM-HH:MM [hold] | off}: during quiet hours notifications arrive without a sound, or
 * (with {@code hold}) wait until they end; digests due then are silent. Alone, it shows them.
 */
public final class QuietCommand implements Command {

    static final String USAGE = "Send <code>/quiet 23:00-08:00</code> (silent), <code>/quiet 23:00-08:00 hold</code> "
            + "(held until the end) or <code>/quiet off</code>.";

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

    @Override
    public String usage() {
        return "/quiet [23:00-08:00 [hold] | off]";
    }

    @Override
    public String description() {
        return "Quiet hours: notifications arrive silently, or wait until morning";
    }

    @Override
    public Reply answer(Request request, String args) {
        if (args.isBlank()) {
            ChatSettings current = settings.of(request.chatId());
            return Reply.of("Quiet hours: " + current.quietHours().describe() + ".\n" + LocalTimes.zoneNote(current)
                    + "\n" + USAGE, buttons());
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return Reply.of("Sorry, only this group's admins can change how it gets updates.");
        }
        String[] words = args.trim().toLowerCase(Locale.ROOT).replaceAll("\\s*[-–]\\s*", "-").split("\\s+");
        if (words.length == 1 && words[0].equals("off")) {
            settings.quiet(request, null, null, false);
            return Reply.of("Quiet hours are off: notifications arrive as usual, any time.");
        }
        boolean hold = words.length == 2 && words[1].equals("hold");
        String[] range = words[0].split("[-–]");
        if ((words.length == 1 || hold) && range.length == 2) {
            Optional<Integer> start = LocalTimes.minute(range[0]);
            Optional<Integer> end = LocalTimes.minute(range[1]);
            if (start.isPresent() && end.isPresent() && !start.equals(end)) {
                ChatSettings now = settings.quiet(request, start.get(), end.get(), hold);
                return Reply.of("Quiet hours: " + now.quietHours().describe()
                        + ". Digests due then come silently.\n" + LocalTimes.zoneNote(now));
            }
        }
        return Reply.of("I could not read " + TargetButtons.echo(args) + ". Quiet hours are two different 24-hour "
                + "times joined by a dash, optionally followed by <code>hold</code>.\n" + USAGE, buttons());
    }

    static List<List<Button>> buttons() {
        return List.of(
                List.of(new Button("Silent 23:00–08:00", "/quiet 23:00-08:00"),
                        new Button("Hold 23:00–08:00", "/quiet 23:00-08:00 hold")),
                List.of(new Button("Quiet hours off", "/quiet off")));
    }
}
