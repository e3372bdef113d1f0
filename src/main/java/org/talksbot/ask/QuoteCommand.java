package org.talksbot.ask;

import java.util.List;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Quote;

/** {@code /quote ID}: one quote in full, with its context, source and the event it belongs to. */
final class QuoteCommand implements Command {

    private final ItemIds ids;

    QuoteCommand(ItemIds ids) {
        this.ids = ids;
    }

    @Override
    public String name() {
        return "quote";
    }

    @Override
    public String usage(Messages messages) {
        return messages.get("ask.quote.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.quote.description");
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        if (args.isBlank()) {
            return Reply.of(messages.get("ask.quote.which"));
        }
        return ItemIds.resolve(args.strip(), ids::quotesStartingWith)
                .flatMap(ids::quote)
                .map(quote -> render(quote, messages))
                .orElseGet(() -> Reply.of(messages.get("ask.quote.unknown", "id", Html.escape(Texts.echo(args)))));
    }

    private static Reply render(Quote quote, Messages messages) {
        StringBuilder html = new StringBuilder(Cards.quote(quote, messages));
        if (quote.context() != null && !quote.context().isBlank()) {
            html.append("\n").append(messages.get("ask.quote.context", "context", Html.escape(quote.context())));
        }
        html.append(EnglishContent.notice(messages));
        Optional<Button> event = Optional.ofNullable(quote.eventId())
                .flatMap(id -> ButtonData.of("/event", id))
                .map(data -> new Button(messages.get("ask.quote.event_button"), data));
        return Reply.of(html.toString(), event.map(b -> List.of(List.of(b))).orElse(List.of()));
    }
}
