package org.talksbot.notify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/**
 * {@code /stats} (operators only): subscribers by target, active/inactive chats, notifications and
 * replies by state (replies given up included), updates waiting to be answered, the last fan-out.
 */
public final class StatsCommand implements Command {

    private final Jdbi jdbi;
    private final Admins admins;
    private final Supplier<Optional<FanoutRate>> lastFanout;

    public StatsCommand(Jdbi jdbi, Admins admins, Supplier<Optional<FanoutRate>> lastFanout) {
        this.jdbi = jdbi;
        this.admins = admins;
        this.lastFanout = lastFanout;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String usage() {
        return "/stats";
    }

    @Override
    public String description() {
        return "Subscribers and notification delivery (operators only)";
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Reply answer(Request request, String args) {
        if (!admins.include(request)) {
            return Admins.REFUSAL;
        }
        return jdbi.withExtension(StatsQueries.class, q -> {
            StringBuilder html = new StringBuilder("<b>Subscribers</b> (active chats)\n");
            section(html, q.subscribersByTarget(), "nobody has subscribed yet");
            html.append("\n<b>Subscribed chats</b>\n");
            section(html, q.subscribedChats(), "none");
            html.append("\n<b>Notifications</b>\n");
            section(html, q.outboxByState(), "none yet");
            html.append("\n<b>Replies</b>\n");
            section(html, q.repliesByState(), "none yet");
            section(html, q.inboxWaiting(), "");
            html.append("\n<b>Last fan-out</b>\n").append(lastFanout.get()
                    .map(r -> String.format(Locale.ROOT, "%d messages at %.1f/s, finished %s",
                            r.messages(), r.perSecond(), Html.escape(r.finishedAt().toString())))
                    .orElse("none since the bot started"));
            return Reply.of(html.toString());
        });
    }

    private static void section(StringBuilder html, List<StatsQueries.Count> counts, String whenEmpty) {
        if (counts.isEmpty()) {
            html.append(whenEmpty).append('\n');
        }
        counts.forEach(c -> html.append(Html.escape(c.name())).append(": ").append(c.n()).append('\n'));
    }
}
