package org.talksbot.notify;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/** {@code /timezone [Area/City]}: the zone the chat's digest times and quiet hours are read in. */
public final class TimezoneCommand implements Command {

    static final List<String> OFFERED = List.of("Asia/Yerevan", "Asia/Baku", "Asia/Tbilisi", "Europe/Moscow",
            "Europe/Berlin", "Europe/Paris", "Europe/London", "America/New_York", "America/Los_Angeles");

    private final DeliverySettings settings;
    private final ChatAdmins chatAdmins;

    public TimezoneCommand(DeliverySettings settings, ChatAdmins chatAdmins) {
        this.settings = settings;
        this.chatAdmins = chatAdmins;
    }

    @Override
    public String name() {
        return "timezone";
    }

    @Override
    public String usage() {
        return "/timezone [Area/City]";
    }

    @Override
    public String description() {
        return "The time zone for digests and quiet hours";
    }

    @Override
    public Reply answer(Request request, String args) {
        if (args.isBlank()) {
            ChatSettings current = settings.of(request.chatId());
            return Reply.of("Time zone: " + current.describeZone() + ". Choose one below, or send e.g. "
                    + "<code>/timezone Asia/Yerevan</code> (any IANA zone name).", buttons());
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return Reply.of("Sorry, only this group's admins can change how it gets updates.");
        }
        Optional<ZoneId> zone = known(args.trim());
        if (zone.isEmpty()) {
            return Reply.of("I don't know the time zone " + TargetButtons.echo(args) + ". Use an IANA name such as "
                    + "<code>Asia/Yerevan</code>, <code>Europe/Berlin</code> or <code>America/New_York</code> "
                    + "(Area/City, as in the tz database), or choose below.", buttons());
        }
        ChatSettings now = settings.zone(request, zone.get());
        return Reply.of("Time zone: " + now.timeZone() + ". Digest times and quiet hours are read in it now.\n"
                + "Delivery: " + now.describeMode() + "; quiet hours: " + now.quietHours().describe() + ".");
    }

    /** A region id the runtime knows, in any case (fixed offsets like UTC+4 are not offered). */
    static Optional<ZoneId> known(String typed) {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equalsIgnoreCase(typed))
                .findFirst()
                .map(ZoneId::of);
    }

    static List<List<Button>> buttons() {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < OFFERED.size(); i += 3) {
            rows.add(OFFERED.subList(i, Math.min(i + 3, OFFERED.size())).stream()
                    .map(id -> new Button(id.substring(id.indexOf('/') + 1).replace('_', ' '), "/timezone " + id))
                    .toList());
        }
        return rows;
    }
}
