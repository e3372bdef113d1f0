package org.talksbot.ask;

import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.i18n.Messages;

/** The Chart button under a topic page or a person card: {@code /chart ID}. */
final class ChartButton {

    private ChartButton() {
    }

    static Optional<Button> of(String topicOrPersonId, Messages messages) {
        String data = "/chart " + topicOrPersonId;
        return Paging.fits(data) ? Optional.of(new Button(messages.get("common.chart_button"), data)) : Optional.empty();
    }
}
