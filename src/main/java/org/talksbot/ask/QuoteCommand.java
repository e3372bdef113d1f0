package org.talksbot.ask;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
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
    public String usage() {
        return "/quote ID";
    }

    @Override
    public String description() {
        return "One quote in full, with its context, source and event";
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Reply answer(Request request, String args) {
        if (args.isBlank()) {
            return Reply.of("Which quote? Give its id, e.g. /quote q-2023-03-20-some-quote; /quotes lists recent quotes.");
        }
        return ItemIds.resolve(args.strip(), ids::quotesStartingWith)
                .flatMap(ids::quote)
                .map(QuoteCommand::render)
                .orElseGet(() -> Reply.of("There is no quote with the id “" + Html.escape(Texts.echo(args))
                        + "”. /quotes shows the quotes in the store."));
    }

    private static Reply render(Quote quote) {
        StringBuilder html = new StringBuilder(Cards.quote(quote));
        if (quote.context() != null && !quote.context().isBlank()) {
            html.append("\n<b>Context:</b> ").append(Html.escape(quote.context()));
        }
        Optional<Button> event = Optional.ofNullable(quote.eventId())
                .map(id -> "/event " + id)
                .filter(data -> data.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_DATA_BYTES)
                .map(data -> new Button("The event", data));
        return Reply.of(html.toString(), event.map(b -> List.of(List.of(b))).orElse(List.of()));
    }
}
