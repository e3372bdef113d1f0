package org.talksbot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.ask.CommandRouter;
import org.talksbot.core.Bot;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.MenuEntry;
import org.talksbot.curate.Curator;
import org.talksbot.curate.ImportReport;
import org.talksbot.i18n.ChatLanguages;
import org.talksbot.i18n.CommandMenus;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.LanguageCommand;
import org.talksbot.notify.NotifyFeature;
import org.talksbot.notify.OutboxWriter;
import org.talksbot.notify.ThrottleSettings;
import org.talksbot.notify.TimeSource;
import org.talksbot.search.InlineSearch;
import org.talksbot.search.ItemIndex;
import org.talksbot.search.LuceneItemSearch;
import org.talksbot.search.QuestionAnswerer;
import org.talksbot.store.Database;
import org.talksbot.store.Reconnect;

/**
 * Every feature assembled over one store, whatever the transport: the curated data loaded (each
 * import also enqueueing notifications), the commands with notify's and /language, plain-text questions and
 * inline search. The transport adds the notifier once it can send.
 */
final class Features {

    private static final Logger log = LoggerFactory.getLogger(Features.class);

    final Jdbi jdbi;
    final Curator curator;
    final NotifyFeature notify;
    final CommandRouter router;
    final InlineSearch inline;
    final ChatLanguages languages;
    private final ItemIndex index;

    private Features(Jdbi jdbi, Config config, ChatAdmins chatAdmins, TimeSource time) {
        this.jdbi = jdbi;
        this.curator = new Curator(jdbi, new OutboxWriter(time));
        ImportReport report = curator.importBundled();
        log.info("curated data: {}", report.summary());
        this.index = new ItemIndex(jdbi);
        Clock clock = Clock.systemUTC();
        this.notify = NotifyFeature.create(jdbi, config.admins(), chatAdmins, this::reload,
                ThrottleSettings.TELEGRAM.withGlobalPerSecond(config.maxMessagesPerSecond()), time);
        this.languages = new ChatLanguages(jdbi);
        List<Command> extra = new ArrayList<>(notify.commands());
        extra.add(new LanguageCommand(languages, chatAdmins));
        this.router = CommandRouter.create(jdbi, extra, new QuestionAnswerer(index, clock),
                new LuceneItemSearch(index, clock));
        this.inline = new InlineSearch(index, clock);
    }

    /**
     * Builds the search index on a background thread. Commands do not need it, so the transport calls
     * this once it is serving rather than make every start wait for it (about half a second on a cold
     * JVM, on a core the start needs); a question or inline query that comes first builds it, or waits.
     */
    void buildSearchIndexInBackground() {
        Thread build = new Thread(() -> {
            try {
                Reconnect.retrying("building the search index", index::refresh);
            } catch (RuntimeException e) {
                // e.g. the JVM is exiting and closed the database; the first question builds it instead
                log.warn("search index not built in the background: {}", e.toString());
            }
        }, "talksbot-index");
        build.setDaemon(true);
        build.start();
    }

    /**
     * Opens the store and loads the bundled curated data; CurationException if that data is broken.
     * {@code chatAdmins} says who may change a group's subscriptions.
     */
    static Features open(Config config, ChatAdmins chatAdmins) {
        return open(config, chatAdmins, TimeSource.SYSTEM);
    }

    /** As above, delivery timed by {@code time} (a fake clock in tests). */
    static Features open(Config config, ChatAdmins chatAdmins, TimeSource time) {
        return new Features(Database.open(config.dbUrl()), config, chatAdmins, time);
    }

    /** What answers a chat: the router, with each chat remembered (and made active again) as it writes. */
    Bot bot() {
        return notify.chats().tracking(languages.resolving(router));
    }

    /** The command menu in each language, topic shortcuts included (they follow the store). */
    Map<Language, List<MenuEntry>> menus() {
        return CommandMenus.of(router.commands());
    }

    /** /reload: the bundled data again; the notify feature then pokes the notifier. */
    private String reload() {
        String summary = curator.importBundled().summary();
        router.refresh();
        return summary;
    }
}
