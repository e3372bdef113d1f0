package org.talksbot.notify;

import java.util.List;

/** The outcome of reading a name typed after /subscribe or /unsubscribe. */
public sealed interface Resolution {

    /** Exactly one target matches. */
    record Found(Target target) implements Resolution {
    }

    /** Several targets match the name exactly ({@code guessed} false), or only nearly ("did you mean"). */
    record Choices(List<Target> targets, boolean guessed) implements Resolution {
    }

    /** Nothing matches, not even nearly. */
    record Unknown() implements Resolution {
    }
}
