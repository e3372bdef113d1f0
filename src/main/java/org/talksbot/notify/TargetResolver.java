package org.talksbot.notify;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.names.LiveNames;
import org.talksbot.names.NameIndex;
import org.talksbot.names.NameMatch;
import org.talksbot.names.Named;

/**
 * Reads what a user typed after /subscribe or /unsubscribe: "all", a topic by id, command, name or
 * alias, a person by id, name, alias or surname, or the exact token of a button ({@code topic:ID}).
 */
public final class TargetResolver {

    private static final Set<String> ALL_WORDS = Set.of("all", "everything", "all updates", "all-updates",
            "все", "всё", "все обновления", "բոլորը", "բոլոր թարմացումները");
    private static final Set<Named.Kind> FOLLOWABLE = EnumSet.of(Named.Kind.TOPIC, Named.Kind.PERSON);

    private final LiveNames names;

    public TargetResolver(Jdbi jdbi) {
        this.names = new LiveNames(jdbi);
    }

    public Resolution resolve(String text) {
        String query = normalize(text);
        if (query.isEmpty()) {
            return new Resolution.Unknown();
        }
        if (ALL_WORDS.contains(query)) {
            return new Resolution.Found(Target.ALL);
        }
        NameIndex index = names.current();
        Optional<Target> byToken = byToken(query, index);
        if (byToken.isPresent()) {
            return new Resolution.Found(byToken.get());
        }
        NameMatch match = index.find(query, FOLLOWABLE);
        if (match instanceof NameMatch.Found found) {
            return new Resolution.Found(target(found.named()));
        }
        List<Target> choices = match.candidates().stream().map(TargetResolver::target).toList();
        return choices.isEmpty() ? new Resolution.Unknown()
                : new Resolution.Choices(choices, match instanceof NameMatch.DidYouMean);
    }

    /** The label of a followed target, even if it has since left the store (then its id). */
    public Target describe(Target.Kind kind, String id) {
        if (kind == Target.Kind.ALL) {
            return Target.ALL;
        }
        return byToken(kind.name().toLowerCase(Locale.ROOT) + ":" + id, names.current())
                .orElse(new Target(kind, id, id));
    }

    static String normalize(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        while (s.startsWith("@") || s.startsWith("/")) {
            s = s.substring(1);
        }
        return s;
    }

    /** "topic:ID" or "person:ID", the exact form buttons send. */
    private static Optional<Target> byToken(String query, NameIndex index) {
        int colon = query.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String kind = query.substring(0, colon).strip();
        String id = query.substring(colon + 1).strip();
        Named named = kind.equals("topic") ? index.named(Named.Kind.TOPIC, id)
                : kind.equals("person") ? index.named(Named.Kind.PERSON, id) : null;
        return Optional.ofNullable(named).map(TargetResolver::target);
    }

    private static Target target(Named named) {
        return new Target(named.kind() == Named.Kind.TOPIC ? Target.Kind.TOPIC : Target.Kind.PERSON, named.id(),
                named.label());
    }
}
