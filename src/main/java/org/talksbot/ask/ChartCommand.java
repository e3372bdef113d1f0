package org.talksbot.ask;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talksbot.chart.Chart;
import org.talksbot.chart.ChartSubject;
import org.talksbot.chart.Charts;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Photo;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.EventDate;
import org.talksbot.store.StoreCounts;

/**
 * {@code /chart [TOPIC | PERSON] [YEAR | FROM TO]}: a picture of the talks over time. With too little to
 * draw (fewer than two items) it answers in words.
 */
final class ChartCommand implements Command {

    private static final String FORMS = "Try /chart, /chart lachin, /chart blinken, /chart 2023 or /chart 2022 2024 "
            + "(dates as YYYY, YYYY-MM or YYYY-MM-DD).";

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
    public String usage() {
        return "/chart [TOPIC | PERSON] [YEAR | FROM TO]";
    }

    @Override
    public String description() {
        return "A chart of the talks over time, for a topic, a person or a range";
    }

    @Override
    public Reply answer(Request request, String args) {
        Args parsed;
        try {
            parsed = parse(args);
        } catch (IllegalArgumentException e) {
            return Reply.of("I could not read “" + Html.escape(Texts.echo(args)) + "”. " + FORMS);
        }
        LocalDate from = parsed.from() == null ? null : parsed.from().date();
        LocalDate to = parsed.to() == null ? null : TimelineCommand.lastDay(parsed.to());
        if (from != null && from.isAfter(to)) {
            return Reply.of("The first date must not be after the second. " + FORMS);
        }
        ChartSubject subject = ChartSubject.ALL;
        if (!parsed.name().isEmpty()) {
            ChartSubjects.Lookup lookup = subjects.lookUp(parsed.name());
            if (lookup.found().isEmpty()) {
                return unknown(parsed, lookup.suggestions());
            }
            subject = lookup.found().get();
        }
        Optional<Chart> chart = charts.chart(subject, from, to);
        if (chart.isEmpty()) {
            return tooLittle(subject, parsed);
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

    private Reply unknown(Args parsed, List<ChartSubject> suggestions) {
        String echo = Html.escape(Texts.echo(parsed.name()));
        if (suggestions.isEmpty()) {
            return Reply.of("I don't know a topic or person called “" + echo + "”. /topics lists the topics, "
                    + "/who the people. " + FORMS);
        }
        String dates = parsed.from() == null ? "" : " " + parsed.from() + (parsed.to().equals(parsed.from()) ? "" : " " + parsed.to());
        List<List<Button>> rows = new ArrayList<>();
        for (ChartSubject subject : suggestions) {
            String data = "/chart " + subject.id() + dates;
            if (Paging.fits(data)) {
                rows.add(List.of(new Button(subject.name(), data)));
            }
        }
        String question = suggestions.size() == 1 ? "Did you mean " + Html.escape(suggestions.get(0).name()) + "?"
                : "Did you mean one of these?";
        return Reply.of("I don't know “" + echo + "”. " + question, rows);
    }

    private Reply tooLittle(ChartSubject subject, Args parsed) {
        String what = switch (subject.kind()) {
            case ALL -> "events";
            case TOPIC -> "events on " + subject.name();
            case PERSON -> "events or quotes of " + subject.name();
        };
        String when = parsed.from() == null ? "" : parsed.to().equals(parsed.from()) ? " in " + parsed.from()
                : " from " + parsed.from() + " to " + parsed.to();
        StoreCounts counts = directory.counts();
        String covers = counts.firstEvent() == null ? " The store has no events yet."
                : " The store covers " + YearMonth.from(counts.firstEvent()) + " to " + YearMonth.from(counts.lastEvent()) + ".";
        return Reply.of("There are too few " + Html.escape(what) + when + " to draw a chart: it needs at least two."
                + covers + " /timeline lists events in date order.");
    }
}
