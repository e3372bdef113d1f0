package org.talksbot.notify;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
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
 * {@code /digest [daily HH:MM | weekly DAY HH:MM | off]}: a message per new item (instant, the
 * default), or one digest a day or a week; alone, it shows the chat's mode with buttons.
 */
public final class DigestCommand implements Command {

    private static final String NEXT = "EEEE d MMMM, HH:mm";

    private final DeliverySettings settings;
    private final ChatAdmins chatAdmins;

    public DigestCommand(DeliverySettings settings, ChatAdmins chatAdmins) {
        this.settings = settings;
        this.chatAdmins = chatAdmins;
    }

    @Override
    public String name() {
        return "digest";
    }

    /** The same in every language: the words after /digest are the command's own. */
    @Override
    public String usage(Messages messages) {
        return "/digest [daily 08:00 | weekly mon 09:00 | off]";
    }

    @Override
    public String description(Messages messages) {
        return messages.get("digest.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages m = Messages.of(request);
        String[] words = args.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (args.isBlank()) {
            ChatSettings current = settings.of(request.chatId());
            return Reply.of(m.get("digest.current", "mode", current.describeMode(m)) + "\n"
                    + LocalTimes.zoneNote(current, m) + "\n" + m.get("digest.help"), buttons(m));
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return Reply.of(m.get("digest.group_refusal"));
        }
        if (words.length == 1 && (words[0].equals("off") || words[0].equals("instant"))) {
            settings.instant(request);
            return Reply.of(m.get("digest.off"));
        }
        if (words[0].equals("daily") && words.length == 2) {
            Optional<Integer> minute = LocalTimes.minute(words[1]);
            if (minute.isPresent()) {
                return chosen(settings.digest(request, null, minute.get()), m);
            }
        }
        if (words[0].equals("weekly") && words.length == 3) {
            Optional<DayOfWeek> day = LocalTimes.day(words[1]);
            Optional<Integer> minute = LocalTimes.minute(words[2]);
            if (day.isPresent() && minute.isPresent()) {
                return chosen(settings.digest(request, day.get(), minute.get()), m);
            }
        }
        return Reply.of(m.get("digest.unreadable", "typed", TargetButtons.echo(args)) + "\n" + m.get("digest.help"),
                buttons(m));
    }

    private Reply chosen(ChatSettings now, Messages m) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(NEXT, m.language().locale());
        String next = now.schedule().next(settings.time().now(), now.zone()).map(format::format).orElse("");
        return Reply.of(m.get("digest.chosen", "mode", now.describeMode(m), "next", next) + "\n"
                + LocalTimes.zoneNote(now, m));
    }

    static List<List<Button>> buttons(Messages m) {
        return List.of(
                List.of(new Button(m.get("digest.button.instant"), "/digest off"),
                        new Button(m.get("digest.button.daily", "time", "08:00"), "/digest daily 08:00")),
                List.of(new Button(m.get("digest.button.daily", "time", "20:00"), "/digest daily 20:00"),
                        new Button(m.get("digest.button.weekly_monday", "time", "09:00"), "/digest weekly mon 09:00")));
    }
}
