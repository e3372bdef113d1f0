package org.talksbot.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.talksbot.ask.Item;
import org.talksbot.core.Bot;
import org.talksbot.core.Button;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.core.TextCut;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

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

    private record CachedSuggestions(long revision, List<Suggestions.Suggestion> questions) {
    }

    public QuestionAnswerer(ItemIndex index, Clock clock) {
        this.index = index;
        this.reader = new QuestionReader(clock);
    }

    @Override
    public Reply answer(Request request) {
        Messages m = Messages.of(request);
        IndexSnapshot snapshot = index.snapshot();
        Answer answer = understand(request.text(), snapshot, m);
        return switch (answer.kind()) {
            case SMALLTALK -> SmallTalkReply.of(answer.question().text(), m);
            case DONT_KNOW -> dontKnow(request.text(), answer.question(), snapshot, m);
            case FOUND -> found(answer, m);
        };
    }

    /** The answer before it is written out, in the chat's language. */
    Answer understand(String text, IndexSnapshot snapshot, Messages m) {
        return Answering.answer(reader.read(text, snapshot.vocabulary()), snapshot, SHOWN, m);
    }

    /** The answer before it is written out, in English, for the evaluation. */
    Answer understand(String text, IndexSnapshot snapshot) {
        return understand(text, snapshot, Messages.of(Language.EN));
    }

    Answer understand(String text) {
        return understand(text, index.snapshot());
    }

    private static Reply found(Answer answer, Messages m) {
        StringBuilder html = new StringBuilder();
        if (!answer.preface().isBlank()) {
            html.append(Html.escape(answer.preface())).append("\n\n");
        }
        boolean whoIs = answer.question().intent() == Question.Intent.WHO_IS
                && answer.question().ask() == Question.Ask.PLAIN;
        if (whoIs) {
            // "who is Mirzoyan?": the person and their dated role first, then what the store has on them
            for (int i = 0; i < answer.people().size(); i++) {
                String note = answer.notes().get(i);
                html.append(Html.bold(answer.people().get(i).name())).append(note.isBlank() ? "" : " — "
                        + Html.escape(note)).append('\n');
            }
            html.append('\n');
        }
        html.append(Html.italic(answer.understood() + ":"));
        for (int i = 0; i < answer.people().size() && !whoIs; i++) {
            String note = answer.notes().get(i);
            html.append(i == 0 ? "\n" : "").append("\n• ").append(Html.bold(answer.people().get(i).name()))
                    .append(note.isBlank() ? "" : " — " + Html.escape(note));
        }
        for (IndexedItem item : answer.items()) {
            html.append("\n\n").append(item.item().card(m)).append(placeLine(answer.question(), item, m));
        }
        html.append(EnglishContent.notice(m));
        return Reply.of(html.toString(), NearestCommands.buttons(answer.question(), answer.items(), m));
    }

    /** The honest answer: nothing in the store matches; here is what it can answer. */
    private Reply dontKnow(String text, Question question, IndexSnapshot snapshot, Messages m) {
        String echo = echo(text);
        StringBuilder html = new StringBuilder(echo.isEmpty() ? m.get("search.dont_know.empty")
                : m.get("search.dont_know", "question", Html.escape(echo)));
        if (question.recognisedAnything()) {
            html.append(' ').append(m.get("search.dont_know.known", "names", Html.escape(known(question, m))));
        }
        List<Suggestions.Suggestion> examples = suggestions(snapshot);
        List<Button> buttons = new ArrayList<>();
        if (!examples.isEmpty()) {
            html.append("\n\n").append(m.get("search.dont_know.examples"));
            examples.forEach(q -> html.append("\n• ").append(Html.escape(q.text(m))));
            examples.forEach(q -> NearestCommands.add(buttons, q.text(m), q.english()));
        }
        html.append("\n\n").append(m.get("search.dont_know.commands"));
        List<List<Button>> rows = new ArrayList<>(NearestCommands.buttons(question, List.of(), m));
        buttons.forEach(b -> rows.add(List.of(b)));
        rows.add(List.of(new Button(m.get("search.button.latest"), "/latest"),
                new Button(m.get("search.button.help"), "/help")));
        return Reply.of(html.toString(), rows);
    }

    private List<Suggestions.Suggestion> suggestions(IndexSnapshot snapshot) {
        CachedSuggestions cached = suggestions;
        if (cached.revision() != snapshot.revision()) {
            cached = new CachedSuggestions(snapshot.revision(), Suggestions.questions(snapshot, reader));
            suggestions = cached;
        }
        return cached.questions();
    }

    /** A "where" question gets each event's place, which the card does not show. */
    private static String placeLine(Question question, IndexedItem item, Messages m) {
        if (question.intent() != Question.Intent.WHERE || !(item.item() instanceof Item.OfEvent event)
                || event.event().place() == null || event.event().place().isBlank()) {
            return "";
        }
        return "\n" + m.get("search.place", "place", Html.escape(event.event().place()));
    }

    private static String known(Question question, Messages m) {
        List<String> names = new ArrayList<>(Understanding.speakers(question, m));
        question.topics().forEach(t -> names.add(t.name(m.language())));
        question.places().forEach(p -> names.add(p.withOtherNames()));
        if (question.period() != null) {
            names.add(Periods.date(question.period(), m));
        }
        return Understanding.joined(names, true, m);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String echo(String text) {
        String flat = text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
        return TextCut.withEllipsis(flat, ECHO_LIMIT);
    }
}
