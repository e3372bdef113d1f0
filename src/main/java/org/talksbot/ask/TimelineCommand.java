package org.talksbot.ask;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Event;
import org.talksbot.store.EventDate;
import org.talksbot.store.StoreCounts;
import org.talksbot.store.StoreReader;

/** {@code /timeline [YEAR | FROM TO]}: events in date order, oldest first, paged. */
final class TimelineCommand implements Command {

    static final int PAGE = 10;

    /** The dates asked for; {@code from} and {@code to} as typed (null when none were). */
    private record Range(LocalDate first, LocalDate last, EventDate from, EventDate to) {

        String label(Messages messages) {
            return from == null ? "" : DateWords.range(from, to, messages);
        }
    }

    private final StoreReader store;
    private final Directory directory;

    TimelineCommand(StoreReader store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String usage(Messages messages) {
        return messages.get("ask.timeline.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.timeline.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        String forms = messages.get("ask.dates.forms_timeline");
        Paging.Page page = Paging.parse(args);
        Range range;
        try {
            range = range(page.args());
        } catch (EventDate.NoSuchDate e) {
            return Reply.of(DateWords.impossible(page.args(), forms, messages).orElseGet(() ->
                    messages.get("ask.dates.unreadable", "text", Html.escape(Texts.echo(page.args())), "forms", forms)));
        } catch (IllegalArgumentException e) {
            return Reply.of(messages.get("ask.dates.unreadable", "text", Html.escape(Texts.echo(page.args())),
                    "forms", forms));
        }
        if (range.first().isAfter(range.last())) {
            return Reply.of(messages.get("ask.dates.order", "forms", forms));
        }
        List<Event> events = store.events().between(range.first(), range.last(), PAGE + 1, page.offset());
        if (events.isEmpty()) {
            if (page.offset() == 0) {
                return Reply.of(empty(range, messages));
            }
            return Reply.of(range.from() == null ? messages.get("ask.timeline.no_later_all")
                    : messages.get("ask.timeline.no_later", "range", range.label(messages)));
        }
        List<Item> shown = events.stream().limit(PAGE).<Item>map(Item.OfEvent::new).toList();
        String title = range.from() == null ? messages.get("ask.timeline.title")
                : messages.get("ask.timeline.title_range", "range", range.label(messages));
        List<List<Button>> buttons = events.size() > PAGE
                ? Paging.more("/timeline " + page.args(), page.offset() + PAGE, messages) : List.of();
        return Reply.of(title + Cards.list(shown, messages) + EnglishContent.notice(messages), buttons);
    }

    private String empty(Range range, Messages messages) {
        StoreCounts counts = directory.counts();
        if (counts.firstEvent() == null) {
            return messages.get("common.no_events");
        }
        return messages.get("ask.timeline.empty", "range", range.label(messages),
                "first", messages.month(counts.firstEvent()), "last", messages.month(counts.lastEvent()),
                "year", String.valueOf(counts.lastEvent().getYear()));
    }

    private static Range range(String args) {
        String[] words = args.isBlank() ? new String[0] : args.split("\\s+");
        if (words.length == 0) {
            return new Range(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), null, null);
        }
        if (words.length == 1) {
            EventDate date = EventDate.parse(words[0]);
            return new Range(date.date(), lastDay(date), date, date);
        }
        if (words.length == 2) {
            EventDate from = EventDate.parse(words[0]);
            EventDate to = EventDate.parse(words[1]);
            return new Range(from.date(), lastDay(to), from, to);
        }
        throw new IllegalArgumentException("too many words");
    }

    /** The last day a date covers at its precision: TO is inclusive to the end of its year or month. */
    static LocalDate lastDay(EventDate date) {
        return switch (date.precision()) {
            case YEAR -> LocalDate.of(date.date().getYear(), 12, 31);
            case MONTH -> YearMonth.from(date.date()).atEndOfMonth();
            case DAY -> date.date();
        };
    }
}
