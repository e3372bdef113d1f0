package org.talksbot.notify;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

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
    public String usage(Messages messages) {
        return "/stats";
    }

    @Override
    public String description(Messages messages) {
        return messages.get("notify.stats.description");
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public boolean operatorsOnly() {
        return true;
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages m = Messages.of(request);
        if (!admins.include(request)) {
            return Admins.refusal(m);
        }
        return jdbi.withExtension(StatsQueries.class, q -> {
            StringBuilder html = new StringBuilder(m.get("notify.stats.subscribers")).append('\n');
            section(m, html, q.subscribersByTarget(), m.get("notify.stats.nobody"));
            html.append('\n').append(m.get("notify.stats.chats")).append('\n');
            section(m, html, q.subscribedChats(), m.get("notify.stats.none"));
            html.append('\n').append(m.get("notify.stats.notifications")).append('\n');
            section(m, html, q.outboxByState(), m.get("notify.stats.none_yet"));
            html.append('\n').append(m.get("notify.stats.replies")).append('\n');
            section(m, html, q.repliesByState(), m.get("notify.stats.none_yet"));
            section(m, html, q.inboxWaiting(), "");
            html.append('\n').append(m.get("notify.stats.last_fanout")).append('\n').append(lastFanout.get()
                    .map(r -> m.get("notify.stats.fanout", "messages", r.messages(), "rate", r.perSecond(),
                            "finished", Html.escape(r.finishedAt().toString())))
                    .orElse(m.get("notify.stats.no_fanout")));
            return Reply.of(html.toString());
        });
    }

    /** Each count on a line; the states and labels the queries name are said in the reader's language. */
    private static void section(Messages m, StringBuilder html, List<StatsQueries.Count> counts, String whenEmpty) {
        if (counts.isEmpty()) {
            html.append(whenEmpty).append('\n');
        }
        counts.forEach(c -> html.append(m.get("notify.stats.count", "name", Html.escape(c.name()), "n", c.n()))
                .append('\n'));
    }
}
