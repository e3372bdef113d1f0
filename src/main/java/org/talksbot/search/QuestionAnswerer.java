package org.talksbot.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.talksbot.ask.Item;
import org.talksbot.core.Bot;
import org.talksbot.core.Button;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.core.TextCut;
import org.talksbot.store.Person;

/**
 * Answers a question in plain words from the store: how it was understood, the best items (each dated
 * and sourced) and buttons to the nearest commands; or, when nothing matches, says so and suggests
 * questions it can answer. It never composes an answer that is not in the store.
 */
public final class QuestionAnswerer implements Bot {

    static final int SHOWN = 5;
    private static final int ECHO_LIMIT = 60;

    private final ItemIndex index;
    private final QuestionReader reader;
    private volatile CachedSuggestions suggestions = new CachedSuggestions(Long.MIN_VALUE, List.of());

    private record CachedSuggestions(long revision, List<String> questions) {
    }

    public QuestionAnswerer(ItemIndex index, Clock clock) {
        this.index = index;
        this.reader = new QuestionReader(clock);
    }

    @Override
    public Reply answer(Request request) {
        IndexSnapshot snapshot = index.snapshot();
        Question question = reader.read(request.text(), snapshot.vocabulary());
        QuestionSearch.Found found = QuestionSearch.find(question, snapshot, 0, SHOWN);
        if (found.isEmpty()) {
            return dontKnow(request.text(), question, snapshot);
        }
        StringBuilder html = new StringBuilder();
        if (question.intent() == Question.Intent.WHO_IS) {
            question.people().forEach(p -> html.append(Html.bold(p.name())).append(role(p)).append('\n'));
            html.append('\n');
        }
        html.append(Understanding.line(question, found.items()));
        for (IndexedItem item : found.items()) {
            html.append("\n\n").append(item.item().card()).append(placeLine(question, item));
        }
        return Reply.of(html.toString(), NearestCommands.buttons(question, found.items()));
    }

    /** The honest answer: nothing in the store matches; here is what it can answer. */
    private Reply dontKnow(String text, Question question, IndexSnapshot snapshot) {
        String echo = echo(text);
        StringBuilder html = new StringBuilder(echo.isEmpty()
                ? "Ask me about the Armenia–Azerbaijan peace talks in plain words."
                : "I don't know: nothing in my store answers “" + Html.escape(echo) + "”.");
        if (question.recognisedAnything()) {
            html.append(" I know ").append(Html.escape(known(question)))
                    .append(", but nothing that matches the rest of your question.");
        }
        List<String> examples = suggestions(snapshot);
        List<Button> buttons = new ArrayList<>();
        if (!examples.isEmpty()) {
            html.append("\n\nI can answer questions like:");
            examples.forEach(q -> html.append("\n• ").append(Html.escape(q)));
            examples.forEach(q -> NearestCommands.add(buttons, q, q));
        }
        html.append("\n\n/help lists the commands; /latest shows the newest events.");
        List<List<Button>> rows = new ArrayList<>(NearestCommands.buttons(question, List.of()));
        buttons.forEach(b -> rows.add(List.of(b)));
        rows.add(List.of(new Button("Latest events", "/latest"), new Button("Help", "/help")));
        return Reply.of(html.toString(), rows);
    }

    private List<String> suggestions(IndexSnapshot snapshot) {
        CachedSuggestions cached = suggestions;
        if (cached.revision() != snapshot.revision()) {
            cached = new CachedSuggestions(snapshot.revision(), Suggestions.questions(snapshot, reader));
            suggestions = cached;
        }
        return cached.questions();
    }

    /** A "where" question gets each event's place, which the card does not show. */
    private static String placeLine(Question question, IndexedItem item) {
        if (question.intent() != Question.Intent.WHERE || !(item.item() instanceof Item.OfEvent event)
                || event.event().place() == null || event.event().place().isBlank()) {
            return "";
        }
        return "\nPlace: " + Html.escape(event.event().place());
    }

    private static String known(Question question) {
        List<String> names = new ArrayList<>();
        question.people().forEach(p -> names.add(p.name()));
        question.topics().forEach(t -> names.add(t.name()));
        question.places().forEach(p -> names.add(p.withOtherNames()));
        if (question.period() != null) {
            names.add(question.period().label());
        }
        return String.join(", ", names);
    }

    private static String role(Person person) {
        return person.role() == null || person.role().isBlank() ? "" : " — " + Html.escape(person.role());
    }

    private static String echo(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return TextCut.withEllipsis(flat, ECHO_LIMIT);
    }
}
