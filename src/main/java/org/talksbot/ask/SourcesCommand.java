package org.talksbot.ask;

import java.time.YearMonth;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.StoreCounts;

/** {@code /sources}: where the answers come from and how they are curated, with live counts. */
final class SourcesCommand implements Command {

    private final Directory directory;

    SourcesCommand(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public String usage() {
        return "/sources";
    }

    @Override
    public String description() {
        return "Where the data comes from and how it is curated";
    }

    @Override
    public Reply answer(Request request, String args) {
        StoreCounts counts = directory.counts();
        // quotes count too: the newest item may be a quote dated after the newest event
        String span = counts.firstItem() == null ? ""
                : ", from " + YearMonth.from(counts.firstItem()) + " to " + YearMonth.from(counts.lastItem());
        return Reply.of("""
                <b>Where the answers come from</b>
                The store holds %d events and %d quotes%s, citing %d sources from %d publishers \
                (%d people and organisations, %d topics).

                Every item is curated by hand in reviewed YAML files (db/curated in the project) and loaded into the store:
                • every event and quote carries a link to its source;
                • quotes are verbatim, never shortened or reworded;
                • summaries are neutral, and contested claims are attributed to whoever makes them;
                • dates are only as precise as the sources (a year or a month where the day is unknown).
                I never answer from anything else; when the store has no answer, I say so."""
                .formatted(counts.events(), counts.quotes(), span, counts.sources(), counts.publishers(),
                        counts.people(), counts.topics()));
    }
}
