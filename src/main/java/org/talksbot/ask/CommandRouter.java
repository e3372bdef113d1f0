package org.talksbot.ask;

import org.talksbot.core.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.chart.Charts;
import org.talksbot.core.BuiltInCommands;
import org.talksbot.core.Bot;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.core.TextCut;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.StoreReader;

/**
 * Routes a request to its command by name; plain text goes to the fallback (silence in groups).
 * Topic shortcuts such as {@code /lachin} are rebuilt from the store by {@link #refresh()}.
 */
public final class CommandRouter implements Bot {

    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);
    private static final Pattern MENU_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final int MENU_MAX = 100;
    private static final int MENU_NAME_MAX = 32;

    private final StoreReader store;
    private final Directory directory;
    private final TopicAnswer topicAnswer;
    private final List<Command> fixed;
    private final Bot fallback;
    private volatile Map<String, Command> commands = Map.of();
    /** The store revision the topic shortcuts were built at. */
    private volatile long builtAt = Long.MIN_VALUE;

    private CommandRouter(Jdbi jdbi, List<Command> extraCommands, Bot fallback, ItemSearch search) {
        this.store = new StoreReader(jdbi);
        ItemIds ids = jdbi.onDemand(ItemIds.class);
        this.directory = new Directory(store, jdbi);
        this.topicAnswer = new TopicAnswer(store);
        this.fallback = fallback;
        WhoCommand who = new WhoCommand(store, directory);
        EventCommand event = new EventCommand(store, ids);
        List<Command> all = new ArrayList<>(List.of(
                new StartCommand(store, who, event, topicAnswer), new HelpCommand(this::commands),
                new LatestCommand(store), who, new TopicsCommand(directory),
                new TopicCommand(store, directory, topicAnswer), new TimelineCommand(store, directory),
                new ChartCommand(new ChartSubjects(store, directory), directory, new Charts(jdbi)),
                new QuotesCommand(store, directory), new SearchCommand(search), event, new QuoteCommand(ids),
                new SourcesCommand(directory)));
        all.addAll(extraCommands);
        this.fixed = List.copyOf(all);
        current();
    }

    public static CommandRouter create(Jdbi jdbi) {
        return create(jdbi, List.of(), new CommandsOnlyFallback());
    }

    /** With commands added by other features (they may replace a built-in of the same name) and a plain-text answer. */
    public static CommandRouter create(Jdbi jdbi, List<Command> extraCommands, Bot fallback) {
        return new CommandRouter(jdbi, extraCommands, fallback, new SqlItemSearch(new StoreReader(jdbi)));
    }

    /** As above, with another search behind /search (such as a full-text index). */
    public static CommandRouter create(Jdbi jdbi, List<Command> extraCommands, Bot fallback, ItemSearch search) {
        return new CommandRouter(jdbi, extraCommands, fallback, search);
    }

    /** Re-reads people, topics, counts and the topic shortcuts if the store changed (each request does too). */
    public void refresh() {
        store.forget();
        directory.forget();
        builtAt = Long.MIN_VALUE;
        current();
    }

    /** The commands for the store as it is now: the shortcuts follow the store revision. */
    private Map<String, Command> current() {
        long revision = directory.revision();
        if (revision != builtAt) {
            synchronized (this) {
                if (revision != builtAt) {
                    rebuild();
                    builtAt = revision;
                }
            }
        }
        return commands;
    }

    private void rebuild() {
        Map<String, Command> byName = new LinkedHashMap<>();
        fixed.forEach(command -> byName.put(command.name(), command));
        for (Command shortcut : TopicShortcutCommand.forTopics(directory.topics(), topicAnswer)) {
            // curated data is checked against the same list; a store filled some other way still cannot shadow one
            if (BuiltInCommands.isBuiltIn(shortcut.name()) || byName.containsKey(shortcut.name())) {
                log.warn("topic shortcut /{} is a built-in command name; it is not answered", shortcut.name());
            } else {
                byName.put(shortcut.name(), shortcut);
            }
        }
        commands = Collections.unmodifiableMap(byName);
        topicAnswer.readAhead(directory.topics());
    }

    /** Every command answered, in /help order: built-ins, extensions, then topic shortcuts. */
    public Collection<Command> commands() {
        return current().values();
    }

    @Override
    public Reply answer(Request request) {
        return CommandLine.parse(request.text())
                .map(line -> run(line, request))
                .orElseGet(() -> request.isGroup() ? Reply.of("") : safely(null, () -> fallback.answer(request), request));
    }

    private Reply run(CommandLine line, Request request) {
        Command command = current().get(line.name());
        if (command == null) {
            // in a group an unknown bare /command is most likely another bot's: stay quiet
            boolean maybeForAnotherBot = request.isGroup() && !line.addressed()
                    && request.origin() == Request.Origin.MESSAGE;
            return maybeForAnotherBot ? Reply.of("") : unknown(line.name(), Messages.of(request));
        }
        return safely("/" + line.name(), () -> command.answer(request, line.args()), request);
    }

    /** The answer, or an apology naming what failed ({@code what}: the command, or null for a plain message). */
    private static Reply safely(String what, Supplier<Reply> answer, Request request) {
        try {
            return answer.get();
        } catch (RuntimeException e) {
            log.error("answering {} failed", what == null ? "a message" : what, e);
            Messages messages = Messages.of(request);
            return Reply.of(what == null ? messages.get("common.error_message")
                    : messages.get("common.error", "what", Html.escape(Texts.echo(what))));
        }
    }

    private Reply unknown(String name, Messages messages) {
        String echo = Html.escape(Texts.echo(name));
        return (name.length() > MENU_NAME_MAX ? java.util.Optional.<String>empty() : commands.keySet().stream()
                .filter(known -> EditDistance.between(known, name) <= Math.max(1, EditDistance.tolerance(name.length())))
                .min(Comparator.comparingInt(known -> EditDistance.between(known, name))))
                .map(known -> Reply.of(messages.get("ask.unknown_command_close", "name", echo, "closest", known)))
                .orElseGet(() -> Reply.of(messages.get("ask.unknown_command", "name", echo)));
    }

    /** The Telegram command menu in English. */
    public List<MenuEntry> menu() {
        return menu(Messages.of(Language.EN));
    }

    /** The Telegram command menu in a language: commands shown in the menu, main topic shortcuts included. */
    public List<MenuEntry> menu(Messages messages) {
        return current().values().stream()
                .filter(Command::inMenu)
                .filter(command -> MENU_NAME.matcher(command.name()).matches())
                .map(command -> new MenuEntry(command.name(), menuLine(command.description(messages))))
                .limit(MENU_MAX)
                .toList();
    }

    private static String menuLine(String description) {
        String line = description == null || description.isBlank() ? "-" : description.strip();
        return line.length() <= 256 ? line : TextCut.atMost(line, 255) + "…";
    }
}
