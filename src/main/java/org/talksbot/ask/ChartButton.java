package org.talksbot.ask;

import java.util.Optional;
import org.talksbot.core.Button;

/** The Chart button under a topic page or a person card: {@code /chart ID}. */
final class ChartButton {

    private ChartButton() {
    }

    static Optional<Button> of(String topicOrPersonId) {
        String data = "/chart " + topicOrPersonId;
        return Paging.fits(data) ? Optional.of(new Button("Chart", data)) : Optional.empty();
    }
}
