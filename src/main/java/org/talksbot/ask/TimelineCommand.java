package org.talksbot.ask;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.Event;
import org.talksbot.store.EventDate;
import org.talksbot.store.Precision;
import org.talksbot.store.StoreCounts;
import org.talksbot.store.StoreReader;

/** {@code /timeline [YEAR | FROM TO]}: events in date order, oldest first, paged. */
final class TimelineCommand implements Command {

    static final int PAGE = 10;
    private static final String FORMS = "Try /timeline, /timeline 2023 or /timeline 2023-02 2023-05-31 "
            + "(dates as YYYY, YYYY-MM or YYYY-MM-DD).";

    private record Range(LocalDate from, LocalDate to, String label) {
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
    public String usage() {
        return "/timeline [YEAR | FROM TO]";
    }

    @Override
    public String description() {
        return "Events in date order, for a year or a date range";
    }

    @Override
    public Reply answer(Request request, String args) {
        Paging.Page page = Paging.parse(args);
        Range range;
        try {
            range = range(page.args());
        } catch (EventDate.NoSuchDate e) {
            return Reply.of("The " + Html.escape(e.getMessage().substring(4)) + ". " + FORMS);
        } catch (IllegalArgumentException e) {
            return Reply.of("I could not read “" + Html.escape(Texts.echo(page.args())) + "” as dates. " + FORMS);
        }
        if (range.from().isAfter(range.to())) {
            return Reply.of("The first date must not be after the second. " + FORMS);
        }
        List<Event> events = store.events().between(range.from(), range.to(), PAGE + 1, page.offset());
        if (events.isEmpty()) {
            return Reply.of(page.offset() > 0 ? "No later events " + range.label() + "." : empty(range));
        }
        List<Item> shown = events.stream().limit(PAGE).<Item>map(Item.OfEvent::new).toList();
        String title = "<b>Timeline" + (range.label().isEmpty() ? "" : " " + range.label()) + "</b>";
        List<List<Button>> buttons = events.size() > PAGE
                ? Paging.more("/timeline " + page.args(), page.offset() + PAGE) : List.of();
        return Reply.of(title + Cards.list(shown), buttons);
    }

    private String empty(Range range) {
        StoreCounts counts = directory.counts();
        if (counts.firstEvent() == null) {
            return "The store has no events yet.";
        }
        return "No events " + range.label() + ". The store covers " + YearMonth.from(counts.firstEvent())
                + " to " + YearMonth.from(counts.lastEvent()) + "; try /timeline " + counts.lastEvent().getYear() + ".";
    }

    private static Range range(String args) {
        String[] words = args.isBlank() ? new String[0] : args.split("\\s+");
        if (words.length == 0) {
            return new Range(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), "");
        }
        if (words.length == 1) {
            EventDate date = EventDate.parse(words[0]);
            return new Range(date.date(), lastDay(date), (date.precision() == Precision.DAY ? "on " : "in ") + date);
        }
        if (words.length == 2) {
            EventDate from = EventDate.parse(words[0]);
            EventDate to = EventDate.parse(words[1]);
            return new Range(from.date(), lastDay(to), "from " + from + " to " + to);
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
