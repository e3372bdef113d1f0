package org.talksbot.notify;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;

/**
 * The notify feature assembled: its commands, the chat registry and throttle the transport uses,
 * and the notifier, started once the transport can send. Built once by the app.
 */
public final class NotifyFeature implements AutoCloseable {

    /** Messages in flight at once: enough to reach 30/s over a real network's latency, one per chat. */
    public static final int SENDERS = 8;

    private final Jdbi jdbi;
    private final TimeSource time;
    private final Throttle throttle;
    private final ChatRegistry chats;
    private final List<Command> commands;
    private volatile Notifier notifier;

    private NotifyFeature(Jdbi jdbi, Set<Long> adminIds, ChatAdmins chatAdmins, DataReload reload,
                          ThrottleSettings limits, TimeSource time) {
        this.jdbi = jdbi;
        this.time = time;
        this.throttle = new Throttle(limits, time);
        this.chats = new ChatRegistry(jdbi, time);
        Subscriptions subscriptions = new Subscriptions(jdbi, time);
        DeliverySettings settings = subscriptions.settings();
        Admins admins = new Admins(adminIds);
        DataReload reloadAndDeliver = () -> {
            String summary = reload.reload();
            poke();
            return summary;
        };
        this.commands = List.of(
                new SubscribeCommand(jdbi, subscriptions, chatAdmins),
                new UnsubscribeCommand(subscriptions, chatAdmins),
                new SubscriptionsCommand(subscriptions),
                new DigestCommand(settings, chatAdmins),
                new QuietCommand(settings, chatAdmins),
                new TimezoneCommand(settings, chatAdmins),
                new StatsCommand(jdbi, admins, this::lastFanout),
                new ReloadCommand(admins, reloadAndDeliver));
    }

    /** Production: Telegram's limits and the real clock. */
    public static NotifyFeature create(Jdbi jdbi, Set<Long> adminIds, ChatAdmins chatAdmins, DataReload reload) {
        return create(jdbi, adminIds, chatAdmins, reload, ThrottleSettings.TELEGRAM, TimeSource.SYSTEM);
    }

    public static NotifyFeature create(Jdbi jdbi, Set<Long> adminIds, ChatAdmins chatAdmins, DataReload reload,
                                       ThrottleSettings settings, TimeSource time) {
        return new NotifyFeature(jdbi, adminIds, chatAdmins, reload, settings, time);
    }

    /** /subscribe, /unsubscribe, /subscriptions, /digest, /quiet, /timezone, /stats, /reload: for the router. */
    public List<Command> commands() {
        return commands;
    }

    /** For the transport: {@code seen} on every incoming message, {@code changed} on my_chat_member. */
    public ChatRegistry chats() {
        return chats;
    }

    /** Starts delivering the outbox (replies and notifications) through the transport; call once. */
    public synchronized Notifier startNotifier(ChatGateway gateway) {
        if (notifier == null) {
            DigestPlanner digests = new DigestPlanner(jdbi, time);
            notifier = new Notifier(jdbi, gateway, throttle, chats, time, SENDERS).planning(digests::planDue).start();
        }
        return notifier;
    }

    public void poke() {
        Notifier current = notifier;
        if (current != null) {
            current.poke();
        }
    }

    private Optional<FanoutRate> lastFanout() {
        Notifier current = notifier;
        return current == null ? Optional.empty() : current.lastFanout();
    }

    @Override
    public void close() {
        Notifier current = notifier;
        if (current != null) {
            current.close();
        }
    }
}
