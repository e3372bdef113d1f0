package org.talksbot.notify;

import com.ibm.icu.text.TimeZoneNames;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

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
    public String usage(Messages messages) {
        return messages.get("digest.timezone.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("digest.timezone.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages m = Messages.of(request);
        if (args.isBlank()) {
            ChatSettings current = settings.of(request.chatId());
            return Reply.of(m.get("digest.timezone.current", "zone", current.describeZone(m)), buttons(m));
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return Reply.of(m.get("digest.group_refusal"));
        }
        Optional<ZoneId> zone = known(args.trim());
        if (zone.isEmpty()) {
            return Reply.of(m.get("digest.timezone.unknown", "typed", TargetButtons.echo(args)), buttons(m));
        }
        ChatSettings now = settings.zone(request, zone.get());
        return Reply.of(m.get("digest.timezone.set", "zone", now.timeZone(), "mode", now.describeMode(m),
                "quiet", now.quietHours().describe(m)));
    }

    /** A region id the runtime knows, in any case (fixed offsets like UTC+4 are not offered). */
    static Optional<ZoneId> known(String typed) {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equalsIgnoreCase(typed))
                .findFirst()
                .map(ZoneId::of);
    }

    /** The offered zones, each labelled with its city as the reader's language names it (ICU's zone names). */
    static List<List<Button>> buttons(Messages m) {
        TimeZoneNames names = TimeZoneNames.getInstance(m.language().locale());
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < OFFERED.size(); i += 3) {
            rows.add(OFFERED.subList(i, Math.min(i + 3, OFFERED.size())).stream()
                    .map(id -> new Button(city(names, id), "/timezone " + id))
                    .toList());
        }
        return rows;
    }

    private static String city(TimeZoneNames names, String id) {
        String city = names.getExemplarLocationName(id);
        return city == null || city.isBlank() ? id.substring(id.indexOf('/') + 1).replace('_', ' ') : city;
    }
}
