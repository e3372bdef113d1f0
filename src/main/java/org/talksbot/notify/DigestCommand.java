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

/**
 * {@code /digest [daily HH:MM | weekly DAY HH:MM | off]}: a message per new item (instant, the
 * default), or one digest a day or a week; alone, it shows the chat's mode with buttons.
 */
public final class DigestCommand implements Command {

    static final String USAGE = "Send <code>/digest daily 08:00</code>, <code>/digest weekly mon 09:00</code> "
            + "or <code>/digest off</code> (a message for each new item).";
    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

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

    @Override
    public String usage() {
        return "/digest [daily 08:00 | weekly mon 09:00 | off]";
    }

    @Override
    public String description() {
        return "Get new items in one daily or weekly message instead of one by one";
    }

    @Override
    public Reply answer(Request request, String args) {
        String[] words = args.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (args.isBlank()) {
            ChatSettings current = settings.of(request.chatId());
            return Reply.of("Delivery: " + current.describeMode() + ".\n" + LocalTimes.zoneNote(current) + "\n"
                    + USAGE, buttons());
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return Reply.of("Sorry, only this group's admins can change how it gets updates.");
        }
        if (words.length == 1 && (words[0].equals("off") || words[0].equals("instant"))) {
            settings.instant(request);
            return Reply.of("Digests are off: this chat gets a message for each new item as it is added.");
        }
        if (words[0].equals("daily") && words.length == 2) {
            Optional<Integer> minute = LocalTimes.minute(words[1]);
            if (minute.isPresent()) {
                return chosen(settings.digest(request, null, minute.get()));
            }
        }
        if (words[0].equals("weekly") && words.length == 3) {
            Optional<DayOfWeek> day = LocalTimes.day(words[1]);
            Optional<Integer> minute = LocalTimes.minute(words[2]);
            if (day.isPresent() && minute.isPresent()) {
                return chosen(settings.digest(request, day.get(), minute.get()));
            }
        }
        return Reply.of("I could not read " + TargetButtons.echo(args) + ". Times are 24-hour HH:MM (00:00 to 23:59), days mon to sun.\n" + USAGE, buttons());
    }

    private Reply chosen(ChatSettings now) {
        String next = now.schedule().next(settings.time().now(), now.zone()).map(NEXT::format).orElse("");
        return Reply.of("This chat now gets a " + now.describeMode() + ": one message with the new and corrected "
                + "items it follows, nothing when there is nothing new. Next one: " + next + ".\n"
                + LocalTimes.zoneNote(now));
    }

    static List<List<Button>> buttons() {
        return List.of(
                List.of(new Button("Instant", "/digest off"), new Button("Daily 08:00", "/digest daily 08:00")),
                List.of(new Button("Daily 20:00", "/digest daily 20:00"),
                        new Button("Weekly Mon 09:00", "/digest weekly mon 09:00")));
    }
}
