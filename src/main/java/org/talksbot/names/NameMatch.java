package org.talksbot.names;

import java.util.List;

/** How a typed name reads: one owner, several owners, only near misses ("did you mean"), or nothing. */
public sealed interface NameMatch {

    /** Exactly one owner has this name. */
    record Found(Named named) implements NameMatch {
    }

    /** Several owners share this name exactly (a shared surname, say); the user must choose. */
    record Ambiguous(List<Named> choices) implements NameMatch {
        public Ambiguous {
            choices = List.copyOf(choices);
        }
    }

    /** No owner has this name, but these have one within a typo of it, closest first. */
    record DidYouMean(List<Named> choices) implements NameMatch {
        public DidYouMean {
            choices = List.copyOf(choices);
        }
    }

    /** Nothing is called anything like this. */
    record None() implements NameMatch {
    }

    /** The owners offered: the one found, or the choices, or none. */
    default List<Named> candidates() {
        if (this instanceof Found found) {
            return List.of(found.named());
        }
        if (this instanceof Ambiguous ambiguous) {
            return ambiguous.choices();
        }
        return this instanceof DidYouMean near ? near.choices() : List.of();
    }
}
