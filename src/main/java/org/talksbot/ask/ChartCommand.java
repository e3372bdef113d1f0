package org.talksbot.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talksbot.chart.Chart;
import org.talksbot.chart.ChartSubject;
import org.talksbot.chart.Charts;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Photo;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.EventDate;
import org.talksbot.store.StoreCounts;

/**
 * {@code /chart [TOPIC | PERSON] [YEAR | FROM TO]}: a picture of the talks over time, its words in the
 * reader's language. With too little to draw (fewer than two items) it answers in words.
 */
final class ChartCommand implements Command {

    private record Args(String name, EventDate from, EventDate to) {
    }

    private final ChartSubjects subjects;
    private final Directory directory;
    private final Charts charts;

    ChartCommand(ChartSubjects subjects, Directory directory, Charts charts) {
        this.subjects = subjects;
        this.directory = directory;
        this.charts = charts;
    }

    @Override
    public String name() {
        return "chart";
    }

    @Override
    public String usage(Messages messages) {
        return messages.get("ask.chart.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.chart.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        String forms = messages.get("ask.chart.forms");
        Args parsed;
        try {
            parsed = parse(args);
        } catch (EventDate.NoSuchDate e) {
            return Reply.of(DateWords.impossible(args, forms, messages).orElseGet(() ->
                    messages.get("ask.chart.unreadable", "text", Html.escape(Texts.echo(args)), "forms", forms)));
        } catch (IllegalArgumentException e) {
            return Reply.of(messages.get("ask.chart.unreadable", "text", Html.escape(Texts.echo(args)), "forms", forms));
        }
        LocalDate from = parsed.from() == null ? null : parsed.from().date();
        LocalDate to = parsed.to() == null ? null : TimelineCommand.lastDay(parsed.to());
        if (from != null && from.isAfter(to)) {
            return Reply.of(messages.get("ask.dates.order", "forms", forms));
        }
        ChartSubject subject = ChartSubject.ALL;
        if (!parsed.name().isEmpty()) {
            ChartSubjects.Lookup lookup = subjects.lookUp(parsed.name(), messages);
            if (lookup.found().isEmpty()) {
                return unknown(parsed, lookup.suggestions(), forms, messages);
            }
            subject = lookup.found().get();
        }
        Optional<Chart> chart = charts.chart(subject, from, to, messages);
        if (chart.isEmpty()) {
            return tooLittle(subject, parsed, messages);
        }
        return Reply.withPhoto(new Photo(chart.get().png(), chart.get().caption()), chart.get().text(), List.of());
    }

    /** Date words (at most two) anywhere; the other words are the name. */
    private static Args parse(String args) {
        List<String> name = new ArrayList<>();
        List<EventDate> dates = new ArrayList<>();
        for (String word : args.isBlank() ? new String[0] : args.strip().split("\\s+")) {
            if (word.matches("\\d{4}(-\\d{1,2}){0,2}")) {
                dates.add(EventDate.parse(word));
            } else {
                name.add(word);
            }
        }
        if (dates.size() > 2) {
            throw new IllegalArgumentException("more than two dates");
        }
        EventDate from = dates.isEmpty() ? null : dates.get(0);
        EventDate to = dates.isEmpty() ? null : dates.get(dates.size() - 1);
        return new Args(String.join(" ", name), from, to);
    }

    private Reply unknown(Args parsed, List<ChartSubject> suggestions, String forms, Messages messages) {
        String echo = Html.escape(Texts.echo(parsed.name()));
        if (suggestions.isEmpty()) {
            return Reply.of(messages.get("ask.chart.unknown", "name", echo, "forms", forms));
        }
        String dates = parsed.from() == null ? "" : parsed.from() + (parsed.to().equals(parsed.from()) ? "" : " " + parsed.to());
        List<List<Button>> rows = new ArrayList<>();
        for (ChartSubject subject : suggestions) {
            ButtonData.of("/chart", subject.id(), dates)
                    .ifPresent(data -> rows.add(List.of(new Button(subject.name(), data))));
        }
        String question = suggestions.size() == 1
                ? messages.get("ask.chart.unknown_one", "name", echo, "suggestion", Html.escape(suggestions.get(0).name()))
                : messages.get("ask.chart.unknown_many", "name", echo);
        return Reply.of(question, rows);
    }

    private Reply tooLittle(ChartSubject subject, Args parsed, Messages messages) {
        String kind = switch (subject.kind()) {
            case ALL -> "all";
            case TOPIC -> "topic";
            case PERSON -> "person";
        };
        String name = Html.escape(subject.name());
        String tooFew = parsed.from() == null ? messages.get("ask.chart.too_few", "kind", kind, "name", name)
                : messages.get("ask.chart.too_few_range", "kind", kind, "name", name,
                        "range", DateWords.range(parsed.from(), parsed.to(), messages));
        StoreCounts counts = directory.counts();
        String covers = counts.firstEvent() == null ? messages.get("common.no_events")
                : messages.get("ask.chart.covers", "first", messages.month(counts.firstEvent()),
                        "last", messages.month(counts.lastEvent()));
        return Reply.of(tooFew + " " + covers);
    }
}
